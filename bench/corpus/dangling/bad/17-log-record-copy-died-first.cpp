// Log record with a heap-allocated message and a raw owning pointer; the bug: a temporary copy frees the shared buffer.
// LogRecord frees `text_` in its destructor and relies on the implicit copy. Passing it by
// value to a sink makes a shallow copy whose destructor frees the message while the original
// record still points to it; the original is then written again.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <vector>

class LogRecord {
public:
    LogRecord(int level, const char* msg) : level_(level), text_(new char[std::strlen(msg) + 1]) {
        std::strcpy(text_, msg);
    }
    ~LogRecord() { delete[] text_; }

    int level() const { return level_; }
    const char* text() const { return text_; }
    std::size_t length() const { return std::strlen(text_); }

private:
    int level_;
    char* text_;
};

class ConsoleSink {
public:
    void write(LogRecord rec) {  // by value: a shallow copy of the record
        if (rec.level() >= minLevel) {
            std::printf("[%d] %s\n", rec.level(), rec.text());
            ++written;
        }
    }  // the copy's destructor frees the shared message buffer
    int minLevel = 1;
    int written = 0;
};

int main() {
    ConsoleSink console;
    LogRecord rec(2, "disk usage above threshold on /var/lib/postgres");
    console.write(rec);

    std::size_t n = rec.length();  // BUG: strlen over the message buffer freed by the copy
    std::printf("message length %zu, written %d\n", n, console.written);
    return 0;
}

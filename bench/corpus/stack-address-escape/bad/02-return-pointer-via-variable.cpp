// Logger that formats a record into a local buffer and returns it through an intermediate pointer variable.
// formatRecord() writes the line into a stack array, keeps a pointer to it in 'out'
// and returns that pointer; the sink writes the characters after the frame is gone.
// asan: stack-use-after-return
#include <cstdio>
#include <cstring>

enum class Level { Debug, Info, Warn, Error };

static const char* levelName(Level l) {
    switch (l) {
    case Level::Debug: return "DEBUG";
    case Level::Info: return "INFO";
    case Level::Warn: return "WARN";
    case Level::Error: return "ERROR";
    }
    return "?";
}

struct Record {
    Level level;
    int line;
    const char* file;
    const char* message;
};

const char* formatRecord(const Record& r) {
    char line[96];
    std::snprintf(line, sizeof line, "[%s] %s:%d %s", levelName(r.level), r.file, r.line,
                  r.message);
    const char* out = line;
    if (r.level == Level::Debug)
        out = "[DEBUG] (suppressed)";
    return out; // BUG: 'out' points at the local array 'line'
}

struct Sink {
    int written = 0;
    void write(const char* text) {
        size_t n = std::strlen(text);
        std::fwrite(text, 1, n, stdout);
        std::fputc('\n', stdout);
        written += static_cast<int>(n);
    }
};

int main() {
    Record records[] = {
        {Level::Debug, 10, "net.cpp", "socket opened"},
        {Level::Info, 42, "server.cpp", "listening on 8080"},
        {Level::Warn, 77, "pool.cpp", "pool nearly full"},
    };
    Sink sink;
    for (const Record& r : records) {
        const char* text = formatRecord(r);
        sink.write(text);
    }
    std::printf("wrote %d bytes\n", sink.written);
    return 0;
}

// Editor text buffer; the bug: a pointer cached from data() is invalidated by the buffer's own insert() method.
// The spell checker caches `const char* cursor = buf.data() + pos` and then calls
// buf.insert(), which grows the std::string and frees the old heap storage.
// asan: heap-use-after-free
#include <cctype>
#include <cstdio>
#include <string>

class TextBuffer {
public:
    explicit TextBuffer(std::string text) : text_(std::move(text)) {}

    const char* data() const { return text_.data(); }
    std::size_t size() const { return text_.size(); }

    // inserts `s` at `pos`; may reallocate the underlying storage
    void insert(std::size_t pos, const std::string& s) {
        text_.insert(pos, s);
        ++revision_;
    }

    int revision() const { return revision_; }

private:
    std::string text_;
    int revision_ = 0;
};

static std::size_t wordLength(const char* p) {
    std::size_t n = 0;
    while (p[n] && std::isalpha(static_cast<unsigned char>(p[n]))) ++n;
    return n;
}

int main() {
    TextBuffer buf("The quick brown fox jumps over the lazy dog");
    std::size_t pos = buf.size() - 3;  // start of "dog"
    const char* cursor = buf.data() + pos;
    std::printf("word at cursor has %zu letters\n", wordLength(cursor));

    // auto-correct inserts a long annotation before the cursor word
    buf.insert(pos, "[sleeping, very sleepy, extremely sleepy indeed] ");
    std::printf("revision %d, %zu chars\n", buf.revision(), buf.size());

    char first = cursor[0];  // BUG: reads the string storage freed by insert()
    std::printf("cursor letter %c\n", first);
    return 0;
}

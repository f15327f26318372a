// Editor text buffer; the cursor is kept as an offset and the data() pointer is re-fetched after insert().
// Corrected twin of bad/20: after the buffer's own insert() (which may reallocate), the code
// recomputes `cursor` from the new data() instead of reusing the stale pointer.
#include <cctype>
#include <cstdio>
#include <string>

class TextBuffer {
public:
    explicit TextBuffer(std::string text) : text_(std::move(text)) {}

    const char* data() const { return text_.data(); }
    std::size_t size() const { return text_.size(); }

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
    std::size_t pos = buf.size() - 3;
    const char* cursor = buf.data() + pos;
    std::printf("word at cursor has %zu letters\n", wordLength(cursor));

    const std::string note = "[sleeping, very sleepy, extremely sleepy indeed] ";
    buf.insert(pos, note);
    pos += note.size();
    cursor = buf.data() + pos;  // re-fetched after the mutation
    std::printf("revision %d, %zu chars\n", buf.revision(), buf.size());

    char first = cursor[0];
    std::printf("cursor letter %c\n", first);
    return first == 'd' ? 0 : 1;
}

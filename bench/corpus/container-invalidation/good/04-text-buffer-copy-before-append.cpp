// Text buffer copies the current line into its own std::string before appending, so the word count reads owned text.
// Corrected twin of bad/04: the "before" snapshot is a copy, and the after-count
// takes a fresh c_str() of the grown line.
#include <cstdio>
#include <string>
#include <vector>

struct TextBuffer {
    std::vector<std::string> lines;
    std::size_t cursor_line = 0;

    std::string& current() { return lines[cursor_line]; }
};

static int count_words(const char* text) {
    int words = 0;
    bool in_word = false;
    for (const char* p = text; *p; ++p) {
        bool alpha = *p != ' ';
        if (alpha && !in_word) ++words;
        in_word = alpha;
    }
    return words;
}

int main() {
    TextBuffer buf;
    buf.lines.push_back("The quick brown fox jumps over");
    buf.lines.push_back("the lazy dog.");

    std::string& line = buf.current();
    const std::string snapshot = line;  // owned copy, independent of line's buffer
    std::printf("before: %d words\n", count_words(snapshot.c_str()));

    const char* typed[] = {" the sleepy", " old hound", " and then", " runs away", " quickly"};
    for (const char* t : typed) line += t;

    int before = count_words(snapshot.c_str());
    int after = count_words(line.c_str());
    std::printf("before %d, after %d words, %zu chars\n", before, after, line.size());
    return after > before ? 0 : 1;
}

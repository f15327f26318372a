// Text buffer keeps the c_str() of its current line, then appends to the line; the char pointer dangles.
// The editor renders the line from a saved const char*. Typing appends more
// text than the string's capacity, std::string reallocates, and the render
// loop walks the old (freed) character buffer.
// asan: heap-use-after-free
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
    const char* shown = line.c_str();
    std::printf("before: %d words\n", count_words(shown));

    // The user keeps typing at the end of the first line.
    const char* typed[] = {" the sleepy", " old hound", " and then", " runs away", " quickly"};
    for (const char* t : typed) line += t;

    int words = count_words(shown);  // BUG: shown is the c_str() of the buffer += replaced
    std::printf("after: %d words, %zu chars\n", words, line.size());
    return 0;
}

// Tokenizer keeps string_view tokens in a member vector that point into a local scratch buffer of the lexing function.
// Lexer::feed() copies the line into a local char array, strips comments there and
// stores views into it in tokens_; Lexer::dump() prints the tokens afterwards.
// asan: stack-use-after-return
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

class Lexer {
public:
    void feed(const char* line) {
        char scratch[64];
        std::snprintf(scratch, sizeof scratch, "%s", line);
        if (char* hash = std::strchr(scratch, '#'))
            *hash = '\0';
        size_t len = std::strlen(scratch);
        size_t start = 0;
        for (size_t i = 0; i <= len; ++i) {
            if (i == len || scratch[i] == ' ') {
                if (i > start)
                    tokens_.emplace_back(scratch + start, i - start); // BUG: views into the local 'scratch' buffer
                start = i + 1;
            }
        }
    }

    size_t dump() const {
        std::string line;
        for (std::string_view t : tokens_) {
            line += '<';
            line += t;
            line += "> ";
        }
        std::printf("%s\n", line.c_str());
        return line.size();
    }

private:
    std::vector<std::string_view> tokens_;
};

int main() {
    Lexer lexer;
    lexer.feed("let x = 42 # the answer");
    size_t n = lexer.dump();
    std::printf("%zu token chars\n", n);
    return 0;
}

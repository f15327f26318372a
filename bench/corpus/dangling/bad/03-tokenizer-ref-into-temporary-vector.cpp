// Text tokenizer; the bug: const Token& bound to front() of a temporary vector returned by tokenize().
// tokenize() returns std::vector<Token> by value. `const Token& first = tok.tokenize(src).front();`
// does not extend the vector's lifetime (front() returns a reference, not the temporary itself),
// so the vector and its heap storage are destroyed at the end of the statement.
// asan: heap-use-after-free
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

enum class Kind { Ident, Number, Punct };

struct Token {
    Kind kind;
    std::size_t offset;
    std::size_t length;
};

class Tokenizer {
public:
    std::vector<Token> tokenize(const std::string& src) const {
        std::vector<Token> out;
        std::size_t i = 0;
        while (i < src.size()) {
            unsigned char c = static_cast<unsigned char>(src[i]);
            if (std::isspace(c)) { ++i; continue; }
            std::size_t start = i;
            Kind k;
            if (std::isalpha(c) || c == '_') {
                while (i < src.size() && (std::isalnum(static_cast<unsigned char>(src[i])) || src[i] == '_')) ++i;
                k = Kind::Ident;
            } else if (std::isdigit(c)) {
                while (i < src.size() && std::isdigit(static_cast<unsigned char>(src[i]))) ++i;
                k = Kind::Number;
            } else {
                ++i;
                k = Kind::Punct;
            }
            out.push_back({k, start, i - start});
        }
        return out;
    }
};

static const char* kindName(Kind k) {
    switch (k) {
        case Kind::Ident: return "ident";
        case Kind::Number: return "number";
        default: return "punct";
    }
}

int main() {
    const std::string src = "total_count = base + 42 * factor;";
    Tokenizer tok;

    const Token& first = tok.tokenize(src).front();
    std::size_t len = first.length;  // BUG: reads a Token in the freed vector buffer
    std::printf("first token: %s '%s'\n", kindName(first.kind), src.substr(first.offset, len).c_str());

    std::size_t count = tok.tokenize(src).size();
    std::printf("%zu tokens\n", count);
    return len == 11 ? 0 : 1;
}

// Text tokenizer; the first token is copied out of the temporary vector instead of referenced.
// Corrected twin of bad/03: `const Token first = tok.tokenize(src).front();` copies the Token
// before the temporary vector is destroyed; the full list is kept in a named vector.
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

    const Token first = tok.tokenize(src).front();  // a copy, not a reference
    std::size_t len = first.length;
    std::printf("first token: %s '%s'\n", kindName(first.kind), src.substr(first.offset, len).c_str());

    const std::vector<Token> all = tok.tokenize(src);
    const Token& last = all.back();  // reference into a named vector
    std::printf("%zu tokens, last is %s\n", all.size(), kindName(last.kind));
    return len == 11 ? 0 : 1;
}

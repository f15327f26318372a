// Lexer remembers the first token of the current statement by index, so EMIT() growing the token vector is harmless.
// Corrected twin of bad/24: stmt_first is a position into `tokens`, and the
// token is fetched with tokens[stmt_first] when ';' is reached.
#include <cctype>
#include <cstdio>
#include <vector>

enum Kind { IDENT, NUMBER, OP, END };

struct Token {
    Kind kind;
    int start;
    int length;
    int stmt_tokens;
};

#define EMIT(k, s, n) tokens.push_back(Token{(k), (s), (n), 0})

static std::vector<Token> lex(const char* src) {
    const std::size_t none = static_cast<std::size_t>(-1);
    std::vector<Token> tokens;
    std::size_t stmt_first = none;
    int i = 0;
    while (src[i]) {
        char c = src[i];
        int start = i;
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c))) {
            while (std::isalnum(static_cast<unsigned char>(src[i]))) ++i;
            EMIT(IDENT, start, i - start);
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (std::isdigit(static_cast<unsigned char>(src[i]))) ++i;
            EMIT(NUMBER, start, i - start);
        } else if (c == ';') {
            ++i;
            if (stmt_first != none)
                tokens[stmt_first].stmt_tokens = static_cast<int>(tokens.size() - stmt_first);
            EMIT(END, start, 1);
            stmt_first = none;
            continue;
        } else {
            ++i;
            EMIT(OP, start, 1);
        }
        if (stmt_first == none) stmt_first = tokens.size() - 1;
    }
    return tokens;
}

int main() {
    std::vector<Token> toks = lex("total = price * qty + shipping - discount * rate / 100; done = 1;");
    int statements = 0;
    for (const Token& t : toks) statements += t.kind == END;
    std::printf("%zu tokens, %d statements, first has %d tokens\n", toks.size(), statements,
                toks[0].stmt_tokens);
    return toks[0].stmt_tokens == 13 ? 0 : 1;
}

// Lexer keeps a pointer to the first token of the current statement while an EMIT() macro push_backs more tokens.
// At each ';' the tokenizer records the statement's token count in its first
// token. EMIT expands to tokens.push_back(...), which reallocates as the
// statement grows, so `stmt_first` is stale by the time ';' is reached.
// asan: heap-use-after-free
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
    std::vector<Token> tokens;
    Token* stmt_first = nullptr;
    std::size_t stmt_begin = 0;
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
            if (stmt_first)
                stmt_first->stmt_tokens = static_cast<int>(tokens.size() - stmt_begin);  // BUG: stmt_first points into the buffer EMIT reallocated
            EMIT(END, start, 1);
            stmt_first = nullptr;
            continue;
        } else {
            ++i;
            EMIT(OP, start, 1);
        }
        if (!stmt_first) {
            stmt_begin = tokens.size() - 1;
            stmt_first = &tokens.back();
        }
    }
    return tokens;
}

int main() {
    std::vector<Token> toks = lex("total = price * qty + shipping - discount * rate / 100; done = 1;");
    int statements = 0;
    for (const Token& t : toks) statements += t.kind == END;
    std::printf("%zu tokens, %d statements\n", toks.size(), statements);
    return 0;
}

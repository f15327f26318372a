// JSON-ish tokenizer with a token pool; a member still points at the last token after the whole list was released.
// Tokenizer keeps `last_` (the most recent token, used for error messages) as a member.
// reset() gives every token in the current list back to TokenPool but leaves `last_`
// pointing at one of them; the next error report dereferences it.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cctype>
#include <cstdio>

struct Token {
  char kind;
  int line;
  int col;
  int length;
  Token* next;
};

class TokenPool {
 public:
  TokenPool() {
    for (Token& t : slab_) release(&t);
  }
  ~TokenPool() { ASAN_UNPOISON_MEMORY_REGION(slab_, sizeof(slab_)); }
  Token* acquire() {
    Token* t = free_;
    if (!t) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(t, sizeof(Token));
    free_ = t->next;
    t->next = nullptr;
    return t;
  }
  void release(Token* t) {
    t->next = free_;
    free_ = t;
    ASAN_POISON_MEMORY_REGION(t, sizeof(Token));
  }

 private:
  Token slab_[32];
  Token* free_ = nullptr;
};

class Tokenizer {
 public:
  explicit Tokenizer(TokenPool& pool) : pool_(pool) {}
  int scan(const char* src) {
    int n = 0, col = 0;
    Token** tail = &head_;
    for (const char* p = src; *p; ++p, ++col) {
      if (std::isspace(static_cast<unsigned char>(*p))) continue;
      Token* t = pool_.acquire();
      if (!t) return -1;
      t->kind = *p; t->line = 1; t->col = col; t->length = 1;
      *tail = t;
      tail = &t->next;
      last_ = t;
      ++n;
    }
    return n;
  }
  void reset() {
    Token* t = head_;
    while (t) {
      Token* next = t->next;
      pool_.release(t);
      t = next;
    }
    head_ = nullptr;  // last_ is left alone
  }
  void report(const char* what) {
    if (last_) std::printf("error: %s near column %d\n", what, last_->col);  // BUG: last_ was released by reset()
  }

 private:
  TokenPool& pool_;
  Token* head_ = nullptr;
  Token* last_ = nullptr;
};

int main() {
  TokenPool pool;
  Tokenizer tok(pool);
  int n = tok.scan("{ \"a\" : [1, 2] }");
  std::printf("%d tokens\n", n);
  tok.reset();
  int m = tok.scan("");
  if (m == 0) tok.report("empty document");
  return 0;
}

// An arena of the program's own: a class whose name says arena, that hands
// out memory (a member whose name says allocate: `allocate`, `alloc`) and
// gives it all back at once (`reset()`, `release()`, `clear()`,
// `free_all()`, taking no argument), as a std::pmr::monotonic_buffer_resource
// does (pmr.cpp). Memory it handed out, used after that: in one function,
// with the arena's bodies in view (clang-tidy: every path; the analyzer
// takes each allocation for a block of its own, not a place in the arena's
// buffer), and across the member functions of an object that allocates
// from an arena declared only (the analyzer).
// Negatives: the value copied out before the reset; memory allocated after
// it (the same place of the arena's buffer); the arena's destructor
// deleting its buffer; a class named arena that also takes its objects back
// one by one (`allocate` and `deallocate`): a pool, whose reset() is not
// taken to give anything back (pool-names.cpp).
//
// RUN: %tidy --checks='-*,lifeguard-*' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -std=c++17 -Xclang -verify %s

#include <cstddef>
#include <new>

class Arena {
public:
  explicit Arena(std::size_t capacity)
      : buffer_(new char[capacity]), capacity_(capacity) {}
  ~Arena() { delete[] buffer_; }
  char *allocate(std::size_t n) {
    n = (n + 7) & ~std::size_t(7);
    if (used_ + n > capacity_)
      return nullptr;
    char *p = buffer_ + used_;
    used_ += n;
    return p;
  }
  void reset() { used_ = 0; }

private:
  char *buffer_;
  std::size_t capacity_;
  std::size_t used_ = 0;
};

int readAfterReset() {
  Arena arena(256);
  char *p = arena.allocate(16); // expected-note{{'p' now points to memory of its memory resource}}
  if (!p) // expected-note{{Assuming 'p' is non-null}} expected-note{{Taking false branch}}
    return 0;
  p[0] = 'x';
  arena.reset(); // expected-note{{Memory released by its memory resource here}}
  // CHECK: :[[@LINE+1]]:10: warning: use of memory that its memory resource 'arena' released [lifeguard-pool-misuse]
  return p[0]; // expected-warning{{use of memory that its memory resource 'arena' released}} expected-note{{use of memory that its memory resource 'arena' released}}
}

struct Token {
  int kind;
};

class FrameArena {
public:
  void *alloc(std::size_t n);
  void free_all();
};

class Lexer {
public:
  explicit Lexer(FrameArena &frame) : frame_(frame) {}
  Token *next() {
    last_ = new (frame_.alloc(sizeof(Token))) Token{1}; // expected-note{{'last_' now points to memory of its memory resource}}
    return last_;
  }
  void endFrame() { frame_.free_all(); } // expected-note 2 {{Memory released by its memory resource here}}
  int lastKind() const { return last_->kind; } // expected-warning{{use of memory that its memory resource 'frame_' released}} expected-note{{use of memory that its memory resource 'frame_' released}}

private:
  FrameArena &frame_;
  Token *last_ = nullptr;
};

int kindAfterTheFrame(FrameArena &frame) {
  Lexer lex(frame);
  Token *t = lex.next(); // expected-note{{'t' now points to memory of its memory resource}}
  lex.endFrame(); // expected-note{{Calling 'Lexer::endFrame'}} expected-note{{Returning from 'Lexer::endFrame'}}
  return t->kind; // expected-warning{{use of memory that its memory resource 'frame_' released}} expected-note{{use of memory that its memory resource 'frame_' released}}
}

int lastKindAfterTheFrame(Lexer &lex) {
  lex.next(); // expected-note{{Calling 'Lexer::next'}} expected-note{{Returning from 'Lexer::next'}}
  lex.endFrame(); // expected-note{{Calling 'Lexer::endFrame'}} expected-note{{Returning from 'Lexer::endFrame'}}
  return lex.lastKind(); // expected-note{{Calling 'Lexer::lastKind'}}
}

// Near misses.

int copiedBeforeTheReset() {
  Arena arena(256);
  char *p = arena.allocate(16);
  if (!p)
    return 0;
  p[0] = 'x';
  char saved = p[0];
  arena.reset();
  return saved;
}

int allocatedAfterTheReset() {
  Arena arena(256);
  char *p = arena.allocate(16);
  arena.reset();
  p = arena.allocate(16);
  if (!p)
    return 0;
  p[0] = 'y';
  return p[0];
}

class ScratchArena {
public:
  char *allocate(std::size_t n);
  void deallocate(char *p);
  void reset();
};

int resetOfAPool(ScratchArena &scratch) {
  char *p = scratch.allocate(8);
  scratch.reset();
  return p[0];
}

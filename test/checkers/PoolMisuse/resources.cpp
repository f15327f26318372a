// Memory a std::pmr::memory_resource hands out, used after the resource gave
// it all back: `release()`, or the resource's end. The allocation, the
// release and the use may each be in a member function of their own (an
// AST arena kept next to the node it made), or through a
// polymorphic_allocator.
//
// The same for the elements of a pmr container (see the end).
//
// Negatives: used before the release; memory allocated again after it;
// memory of another resource; the pointer re-made after the release; a
// container of another resource, or given new values after the release.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <memory_resource>

struct Node {
  long value;
};

class Repl {
public:
  void make() {
    last_ = static_cast<Node *>(arena_.allocate(sizeof(Node), alignof(Node))); // expected-note{{'r.last_' now points to memory of its memory resource}}
    last_->value = 1;
  }
  void reset() { arena_.release(); } // expected-note{{Memory released by its memory resource here}}
  long peek() const { return last_->value; } // expected-warning{{use of memory that its memory resource 'arena_' released}} expected-note{{use of memory that its memory resource 'arena_' released}}
  void remake() { make(); }

private:
  std::pmr::monotonic_buffer_resource arena_;
  Node *last_ = nullptr;
};

long acrossMemberFunctions() {
  Repl r;
  r.make(); // expected-note{{Calling 'Repl::make'}} expected-note{{Returning from 'Repl::make'}}
  r.reset(); // expected-note{{Calling 'Repl::reset'}} expected-note{{Returning from 'Repl::reset'}}
  return r.peek(); // expected-note{{Calling 'Repl::peek'}}
}

long usedBeforeRelease() {
  Repl r;
  r.make();
  long v = r.peek();
  r.reset();
  return v;
}

long madeAgainAfterRelease() {
  Repl r;
  r.make();
  r.reset();
  r.remake();
  return r.peek();
}

int throughAllocator() {
  std::pmr::monotonic_buffer_resource pool;
  std::pmr::polymorphic_allocator<int> alloc(&pool);
  int *counts = alloc.allocate(4); // expected-note{{'counts' now points to memory of its memory resource}}
  counts[0] = 1;
  pool.release(); // expected-note{{Memory released by its memory resource here}}
  return counts[0]; // expected-warning{{use of memory that its memory resource 'pool' released}} expected-note{{use of memory that its memory resource 'pool' released}}
}

int otherResource() {
  std::pmr::monotonic_buffer_resource first, second;
  int *a = static_cast<int *>(first.allocate(sizeof(int)));
  int *b = static_cast<int *>(second.allocate(sizeof(int)));
  *a = 1;
  *b = 2;
  first.release();
  return *b;
}

int outlivesItsResource() {
  int *kept;
  {
    std::pmr::unsynchronized_pool_resource scratch;
    kept = static_cast<int *>(scratch.allocate(sizeof(int))); // expected-note{{'kept' now points to memory of its memory resource}}
    *kept = 3;
  } // expected-note{{Memory released by its memory resource here}}
  return *kept; // expected-warning{{use of memory after its memory resource released it}} expected-note{{use of memory after its memory resource released it}}
}

// pmr containers: what they hold is gone when the resource they allocate
// from (given to their constructor, directly or through a member
// initializer, or kept by a move) gives its memory back. The release may
// be in a method of the resource's owner; the read through an element, a
// range-for, or a container moved from one.
#include <utility>
#include <vector>

struct RequestContext {
  RequestContext() : weights(&arena) {}
  void reset() { arena.release(); } // expected-note{{Memory released by its memory resource here}}
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<double> weights;
};

double weightAfterReset() {
  RequestContext ctx;
  ctx.weights.push_back(0.5);
  ctx.reset(); // expected-note{{Calling 'RequestContext::reset'}} expected-note{{Returning from 'RequestContext::reset'}}
  return ctx.weights.front(); // expected-warning{{use of memory that its memory resource 'arena' released}} expected-note{{use of memory that its memory resource 'arena' released}}
}

int sumAfterRelease() {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> scratch(&arena);
  scratch.push_back(1);
  std::pmr::vector<int> moved(std::move(scratch));
  arena.release(); // expected-note{{Memory released by its memory resource here}}
  int sum = 0;
  for (int x : moved) // expected-warning{{use of memory that its memory resource 'arena' released}} expected-note{{use of memory that its memory resource 'arena' released}}
    sum += x;
  return sum;
}

// Near misses: silent.

double weightBeforeReset() {
  RequestContext ctx;
  ctx.weights.push_back(0.5);
  double w = ctx.weights.front();
  ctx.reset();
  return w;
}

int anotherArenaReleased() {
  std::pmr::monotonic_buffer_resource first, second;
  std::pmr::vector<int> values(&first);
  values.push_back(1);
  second.release();
  return values.front();
}

int givenNewValuesAfterRelease(std::pmr::memory_resource *elsewhere) {
  std::pmr::monotonic_buffer_resource arena;
  std::pmr::vector<int> values(&arena);
  values.push_back(1);
  arena.release();
  values = std::pmr::vector<int>({4, 5}, elsewhere);
  return values.front();
}

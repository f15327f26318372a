// A pool's own code reads and links the objects given back to it: an
// intrusive free list threads them through a member (`n->next = head_`),
// its acquire reads the head's link, and a C pool's destroy walks the
// list. None of that is a use after release, in either engine, and an
// object the pool hands out again is the caller's; also for acquire and
// release inherited from a base whose name does not say pool. The
// near-miss twins: the caller's own read of a released node is still
// reported, also in a function only named after a pool (it is given
// none).
//
// RUN: %tidy --checks='-*,lifeguard-pool-misuse' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <cstdlib>

struct Node {
  int value = 0;
  Node *next = nullptr;
};

class NodePool {
public:
  ~NodePool() { drain(); }
  Node *acquire() {
    if (!head_)
      return new Node;
    Node *n = head_;
    head_ = n->next;
    n->next = nullptr;
    return n;
  }
  void release(Node *n) {
    n->next = head_;
    head_ = n;
  }

private:
  void drain() {
    while (head_) {
      Node *n = head_;
      head_ = n->next;
      delete n;
    }
  }
  Node *head_ = nullptr;
};

int reacquired() {
  NodePool pool;
  Node *a = pool.acquire();
  a->value = 1;
  pool.release(a);
  Node *b = pool.acquire(); // the free list's head: handed out again
  b->value = 2;
  int v = b->value;
  pool.release(b);
  return v;
}

int readAfterRelease() {
  NodePool pool;
  Node *a = pool.acquire(); // expected-note{{'a' now points to the pool's object}}
  pool.release(a); // expected-note{{Object released to its pool here}}
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  return a->value; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

int nodePoolDemo() {
  NodePool pool;
  Node *a = pool.acquire(); // expected-note{{'a' now points to the pool's object}}
  pool.release(a); // expected-note{{Object released to its pool here}}
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  return a->value; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

// A C pool with its free list in the blocks, and a destroy that walks it.
struct Block {
  Block *link;
  char data[56];
};
struct BlockPool {
  Block *free;
};
Block *block_pool_alloc(BlockPool *p) {
  if (!p->free)
    return static_cast<Block *>(std::malloc(sizeof(Block)));
  Block *b = p->free;
  p->free = b->link;
  return b;
}
void block_pool_free(BlockPool *p, Block *b) {
  b->link = p->free;
  p->free = b;
}
void block_pool_destroy(BlockPool *p) {
  while (Block *b = p->free) {
    p->free = b->link;
    std::free(b);
  }
}

char recycled() {
  BlockPool pool{nullptr};
  Block *first = block_pool_alloc(&pool);
  first->data[0] = 'a';
  block_pool_free(&pool, first);
  Block *second = block_pool_alloc(&pool);
  second->data[0] = 'b';
  char c = second->data[0];
  block_pool_free(&pool, second);
  block_pool_destroy(&pool);
  return c;
}

char readAfterFree() {
  BlockPool pool{nullptr};
  Block *first = block_pool_alloc(&pool);
  block_pool_free(&pool, first); // expected-note{{Object released to its pool here}}
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  return first->data[0]; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

// A pool whose acquire and release come from a base that does not say
// pool: the calls are on the pool, so they are its protocol, and the
// base's free list is its own code.
template <typename T> class FreeList {
public:
  T *acquire() {
    if (!head_)
      return new T;
    T *t = head_;
    head_ = t->next;
    return t;
  }
  void release(T *t) {
    t->next = head_;
    head_ = t;
  }

private:
  T *head_ = nullptr;
};
class NodeRecyclingPool : public FreeList<Node> {};

int inheritedReacquired(NodeRecyclingPool &pool) {
  Node *a = pool.acquire();
  pool.release(a);
  Node *b = pool.acquire();
  b->value = 3;
  int value = b->value;
  pool.release(b);
  return value;
}

int inheritedReadAfterRelease(NodeRecyclingPool &pool) {
  Node *a = pool.acquire(); // expected-note{{'a' now points to the pool's object}}
  pool.release(a); // expected-note{{Object released to its pool here}}
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  return a->value; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

// A pool that seeds its free list with its own slots, in its constructor
// (over the array by index and by range-for) or in a later refill, one
// whose constructor threads a buffer the caller gives it, and one that
// fills itself with new objects (each taking acquire and release from a
// base that does not say pool): nothing there was
// handed out, so using the pool, or the buffer, afterwards is no use of a
// released object. The near miss: an object the seeded pool handed out and
// took back is still reported (by the clang-tidy check).
class SlotPool : public FreeList<Node> {
public:
  SlotPool() {
    for (int i = 0; i < 3; ++i)
      release(&slots_[i]);
  }
  void refill() {
    for (Node &n : spare_)
      release(&n);
  }
  int capacity() const { return 3; }

private:
  Node slots_[3];
  Node spare_[2];
};

class ThreadingPool : public FreeList<Node> {
public:
  ThreadingPool(Node *buffer, int count) {
    for (int i = 0; i < count; ++i)
      release(&buffer[i]);
  }
};

class PrefilledPool : public FreeList<Node> {
public:
  PrefilledPool() {
    for (int i = 0; i < 2; ++i)
      release(new Node);
  }
};

int prefilledThenUsed() {
  PrefilledPool pool;
  Node *n = pool.acquire();
  n->value = 4;
  int v = n->value;
  pool.release(n);
  return v;
}

int inspect(const SlotPool &pool);

int seededThenUsed() {
  SlotPool pool;
  pool.refill();
  int total = inspect(pool) + pool.capacity();
  Node *n = pool.acquire();
  if (n) {
    n->value = total;
    pool.release(n);
  }
  return total;
}

int threadedBufferUsed() {
  Node buffer[8];
  ThreadingPool pool(buffer, 8);
  buffer[0].value = 1;
  return buffer[0].value;
}

// The analyzer does not follow an object an inlined acquire hands out of an
// array member (docs/checkers/PoolMisuse.rst, Limitations).
int seededPoolReadAfterRelease() {
  SlotPool pool;
  Node *n = pool.acquire();
  if (!n)
    return 0;
  pool.release(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  return n->value;
}

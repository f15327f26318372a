// Pools known by the words of their class's name: pool and the compounds
// that end in it (mempool, thread_pool), arena, allocator, slab, freelist
// and free_list, in any case. In a class of any other name, the pairs
// that name an object's life (checkout/checkin, obtain/recycle,
// spawn/recycle, acquire/release, borrow/give_back, take/give_back,
// alloc/free, allocate/deallocate) when the first returns the pointer the
// second takes.
//
// Positives: a use after the release of a SlabAllocator, a FreeList, a
// NodeArena, a free_list and a BlockAllocator; of a ScratchCache's checkin
// and an EnemyRecycler's recycle; an ObjectPool template whose obtain is a
// member function template (a pool's name with a lifecycle pair).
// Negatives: a PrintSpool (a queue: its put hands a document over, it
// does not give memory back); a reference-counted pool whose release
// returns early while the buffer is still referenced; std::allocator's
// allocate/deallocate; an allocator in the standard's sense (it declares
// value_type) given a local by a test's mock; a lock's acquire/release
// (no pointer), a cache's get/put, a checkout and a checkin of different
// types.
//
// RUN: %tidy --checks='-*,lifeguard-pool-misuse' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <memory>
#include <vector>

struct Node {
  int key;
  Node *next;
};

#define DECLARE_POOL(Class, Take, Give)                                        \
  class Class {                                                                \
  public:                                                                      \
    Node *Take();                                                              \
    void Give(Node *n);                                                        \
  };

DECLARE_POOL(SlabAllocator, alloc, free)
DECLARE_POOL(FreeList, take, give)
DECLARE_POOL(NodeArena, allocate, deallocate)
DECLARE_POOL(free_list, get, put)
DECLARE_POOL(BlockAllocator, acquire, release)

int slab(SlabAllocator &a) {
  Node *n = a.alloc();
  a.free(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

int freeList(FreeList &l) {
  Node *n = l.take();
  l.give(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

int arena(NodeArena &a) {
  Node *n = a.allocate();
  a.deallocate(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

int snakeCase(free_list &l) {
  Node *n = l.get();
  l.put(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

int blocks(BlockAllocator &a) {
  Node *n = a.acquire();
  a.release(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

// A queue of documents the caller owns: `put` hands one over.
struct Document {
  int pages;
};

class PrintSpool {
public:
  void put(Document *d) { queue_.push_back(d); }
  Document *get() {
    Document *d = queue_.back();
    queue_.pop_back();
    return d;
  }

private:
  std::vector<Document *> queue_;
};

int spooled(PrintSpool &spool, std::vector<Document> &docs) {
  Document *urgent = &docs[0];
  spool.put(urgent);
  return urgent->pages; // the document is still the caller's
}

// Reference-counted buffers: release gives a buffer back only when no
// reference is left.
struct PacketBuf {
  int refs;
  unsigned char bytes[64];
};

class PacketPool {
public:
  PacketBuf *acquire();
  void retain(PacketBuf *b) { ++b->refs; }
  void release(PacketBuf *b) {
    if (--b->refs > 0)
      return;
    free_.push_back(b);
  }

private:
  std::vector<PacketBuf *> free_;
};

int retainedAcrossARelease(PacketPool &pool) {
  PacketBuf *b = pool.acquire();
  pool.retain(b);
  pool.release(b);
  int first = b->bytes[0]; // still referenced
  pool.release(b);
  return first;
}

// A null check before the release is no reference count.
class GuardedPool {
public:
  Node *acquire();
  void release(Node *n) {
    if (!n)
      return;
    free_.push_back(n);
  }

private:
  std::vector<Node *> free_;
};

int guardedRelease(GuardedPool &pool) {
  Node *n = pool.acquire();
  pool.release(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

int standardAllocator() {
  std::allocator<Node> a;
  Node *n = a.allocate(1);
  a.deallocate(n, 1);
  return 0;
}

// A container's allocator, as a test mocks it: memory for containers, not
// a pool's objects.
template <class T> struct allocator_ref {
  using value_type = T;
  T *allocate(unsigned n);
  void deallocate(T *p, unsigned n);
};

void forwardsToTheMock(allocator_ref<int> &ref) {
  int mem;
  ref.deallocate(&mem, 1);
}

// Classes of other names, known by a pair that names an object's life.
DECLARE_POOL(ScratchCache, checkout, checkin)

int scratch(ScratchCache &cache) {
  Node *n = cache.checkout();
  cache.checkin(n);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return n->key;
}

template <typename Entity> class Recycler {
public:
  Entity *spawn();
  void recycle(Entity *e);
};

struct Enemy {
  int hp;
};

int recycled(Recycler<Enemy> &enemies) {
  Enemy *e = enemies.spawn();
  enemies.recycle(e);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return e->hp;
}

class Lock {
public:
  void acquire();
  void release();
};

DECLARE_POOL(DocumentCache, get, put)

struct Ticket {
  int id;
};

class Library {
public:
  Node *checkout();
  void checkin(Ticket *t);
};

int notPools(Lock &lock, DocumentCache &cache, Library &library, Ticket *t) {
  lock.acquire();
  Node *n = cache.get();
  cache.put(n);
  Node *book = library.checkout();
  library.checkin(t);
  lock.release();
  return n->key + book->key + t->id;
}

template <typename T, unsigned N> class ObjectPool {
public:
  template <typename... Args> T *obtain(Args &&...args);
  void recycle(T *obj);
};

struct Job {
  int attempts;
  explicit Job(int a) : attempts(a) {}
};

int obtained(ObjectPool<Job, 4> &pool) {
  Job *job = pool.obtain(1);
  pool.recycle(job);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return job->attempts;
}

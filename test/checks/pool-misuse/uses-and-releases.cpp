// Objects used after they went back to the pool that handed them out.
//
// Positives: a member use, a field pointer, a view into the object's
// buffer, and an alias used after pool.release(p); a pool whose get/put
// take references; a C pool (mempool_get/mempool_put); a release through a
// helper; a double release, also through an alias; releasing a local and
// an object made with new; a pool taught by annotations, on members and on
// free functions (the released object is the pointer, not the arena given
// by reference); `c->fd++` after the release; a node unlinked from a
// parameter's list, released, then written through the same variable; a
// release in a loop whose constant bounds make it run at least once.
// Negatives: release, re-acquire, use of the new pointer; the value copied
// out before the release; the release as the last use; a RAII handle that
// releases in its destructor; two objects of which only one is released;
// a pointer set to null after its release; a member function of a class
// whose name says pool but that has no release partner; a release whose
// body resets the object; one of two records of a parameter released; a
// helper that acquires, called in a loop that releases at its end; a
// release in a loop whose bound is not known; the object a node handle
// took out of a local map (`extract`) released, not the map.
//
// RUN: %tidy --checks='-*,lifeguard-pool-misuse' %s -- -std=c++17 -I%S/Inputs -I%src_root/include | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "pools.h"

#include <cstring>
#include <map>
#include <string>
#include <string_view>

void log(std::string_view);

void memberUse(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  c->send("hello");
  pool.release(c);
  // CHECK: :[[@LINE+3]]:3: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  // CHECK: :[[@LINE-4]]:19: note: acquired from 'pool' here
  // CHECK: :[[@LINE-3]]:3: note: released here
  c->send("again");
}

int fieldPointer(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  int *fd = &c->fd;
  pool.release(c);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return *fd;
}

void viewIntoBuffer(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  std::string_view peer = c->peer;
  pool.release(c);
  // CHECK: :[[@LINE+1]]:3: warning: use of an object after it was released to its pool
  log(peer);
}

size_t aliasUsed(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  Connection *alias = c;
  pool.release(c);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return std::strlen(alias->buffer);
}

size_t referencePool(BufferPool &buffers) {
  std::string &b = buffers.get();
  b = "payload";
  buffers.put(b);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return b.size();
}

int cPool(mempool *mp) {
  int *slot = static_cast<int *>(mempool_get(mp));
  *slot = 4;
  mempool_put(mp, slot);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool
  return *slot;
}

void giveBack(ConnectionPool &pool, Connection *c) { pool.release(c); }

void releasedByAHelper(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  giveBack(pool, c);
  // CHECK: :[[@LINE+1]]:3: warning: use of an object after it was released to its pool
  c->send("late");
}

void doubleRelease(ConnectionPool &pool, bool shortWrite) {
  Connection *c = pool.acquire();
  Connection *same = c;
  pool.release(c);
  // CHECK: :[[@LINE+1]]:3: warning: object released to its pool twice
  pool.release(same);
}

void releasesALocal(ConnectionPool &pool) {
  Connection onStack;
  // CHECK: :[[@LINE+1]]:3: warning: local variable 'onStack' released to a pool that did not hand it out
  pool.release(&onStack);
}

void releasesANewObject(ConnectionPool &pool) {
  Connection *made = new Connection;
  // CHECK: :[[@LINE+2]]:3: warning: object made with 'new' released to a pool that did not hand it out
  // CHECK: :[[@LINE-2]]:22: note: allocated with 'new' here
  pool.release(made);
}

void annotatedPool(Registry &registry) {
  Connection *c = registry.open("db");
  registry.close(c);
  // CHECK: :[[@LINE+1]]:3: warning: use of an object after it was released to its pool
  c->send("x");
}

// The pool's release resets the object it takes back: the release itself
// is no use of it.
class ResettingPool {
public:
  Connection *acquire();
  void release(Connection *c) {
    c->fd = -1;
    c->peer.clear();
    free_.push_back(c);
  }

private:
  std::vector<Connection *> free_;
};

void incrementAfterRelease(ResettingPool &pool) {
  Connection *c = pool.acquire();
  pool.release(c);
  // CHECK: :[[@LINE+1]]:3: warning: use of an object after it was released to its pool
  c->fd++;
}

struct Frame {
  int generation;
};
struct FrameArena;
LIFEGUARD_ACQUIRE Frame *frame_open(FrameArena &arena);
LIFEGUARD_RELEASE void frame_recycle(FrameArena &arena, Frame *f);

void annotatedFreeFunctions(FrameArena &arena) {
  Frame *f = frame_open(arena);
  frame_recycle(arena, f);
  // CHECK: :[[@LINE+1]]:3: warning: use of an object after it was released to its pool
  f->generation = 2;
}

struct ListNode {
  ListNode *next;
  int key;
};

void unlinkedThenTouched(mempool *mp, ListNode *prev) {
  ListNode *n = prev->next;
  prev->next = n->next;
  mempool_put(mp, n);
  // CHECK: :[[@LINE+1]]:3: warning: use of an object after it was released to its pool
  n->next = nullptr;
}

// A loop whose bounds are constants runs at least once: after it, the
// release in its body has happened on every path.
int releasedInACountedLoop(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  for (int attempt = 0; attempt < 2; ++attempt)
    if (attempt == 1)
      pool.release(c);
  for (int once = 0; once < 1; ++once)
    pool.release(c);
  // CHECK: :[[@LINE+1]]:10: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  return c->fd;
}

// ===== Negatives =====

void releaseThatReadsItsArgument(ResettingPool &pool) {
  Connection *c = pool.acquire();
  c->send("once");
  pool.release(c);
}

struct DoubleBuffer {
  Connection *front;
  Connection *back;
};

void oneOfTwoRecordsReleased(ConnectionPool &pool, DoubleBuffer &db) {
  Connection *old = db.front;
  db.front = db.back;
  pool.release(old);
  db.front->send("the other one");
}

void reacquired(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  pool.release(c);
  c = pool.acquire();
  c->send("fresh");
  pool.release(c);
}

int copiedOut(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  int fd = c->fd;
  std::string peer = c->peer;
  pool.release(c);
  return fd + static_cast<int>(peer.size());
}

class Lease {
public:
  explicit Lease(ConnectionPool &pool) : pool_(pool), c_(pool.acquire()) {}
  ~Lease() { pool_.release(c_); }
  Connection *operator->() { return c_; }

private:
  ConnectionPool &pool_;
  Connection *c_;
};

void raii(ConnectionPool &pool) {
  Lease lease(pool);
  lease->send("scoped");
}

void onlyOneReleased(ConnectionPool &pool) {
  Connection *a = pool.acquire();
  Connection *b = pool.acquire();
  pool.release(a);
  b->send("still mine");
  pool.release(b);
}

void nulledAfterRelease(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  pool.release(c);
  c = nullptr;
  if (c)
    c->send("never");
}

struct ThreadPool {
  Connection *get(int index);
};

void notAPair(ThreadPool &threads) {
  Connection *c = threads.get(0);
  c->send("not a pool's object");
}

void releasedOnOneBranch(ConnectionPool &pool, bool done) {
  Connection *c = pool.acquire();
  if (done)
    pool.release(c);
  else
    c->send("working");
}

// A helper that acquires, called once per iteration: each call hands out
// an object of its own, so the one released at the end of the previous
// iteration is not the one used now.
static Connection *open(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  c->fd = 3;
  return c;
}

int helperAcquiresEachIteration(ConnectionPool &pool) {
  int total = 0;
  for (int i = 0; i < 4; ++i) {
    Connection *c = open(pool);
    const Connection *best = c;
    total += best->fd;
    pool.release(c);
  }
  return total;
}

// One whose bound is not known may not run.
int releasedInALoopThatMayNotRun(ConnectionPool &pool, int n) {
  Connection *c = pool.acquire();
  for (int i = 0; i < n; ++i)
    pool.release(c);
  return c->fd;
}

// The node handle owns the element it took out of the map: what it holds is
// the pool's object, not a place in the local map.
void releasedFromAnExtractedNode(ConnectionPool &pool) {
  std::map<int, Connection *> byId;
  byId.emplace(1, pool.acquire());
  if (auto node = byId.extract(1))
    pool.release(node.mapped());
}

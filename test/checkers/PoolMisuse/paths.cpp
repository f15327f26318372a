// lifeguard.PoolMisuse: a pool's object used, or released again, after it
// went back to its pool on some feasible path.
//
// Positives: a use after a release on one branch; a double release; a
// release of a local; a release in one loop iteration and a use in the
// next; a pool named by the options AcquireFunctions and ReleaseFunctions;
// a pool taught by annotations; a release inside a helper the analyzer
// inlines; the object given by reference to a function the analyzer does
// not see, or a pointer into it; an object released but kept in a table by
// id, read back under its id; a pool of any name whose `take()` returns a
// lease (its `get()` gives the object, its destructor gives it back), the
// object read after the temporary lease died.
// Negatives: release, re-acquire, use of the new pointer; the value copied
// out before the release; a RAII lease; a move-only lease handed by value
// to a function (clang destroys a by-value parameter twice: its second
// destruction is not the program's); a release on the last use only;
// the object's own pointer given by value after the release; the object
// read while its lease lives.
// A pool that hands an object given back to it out again, read back out of
// the std::vector it keeps them in (its guard gives it back).
// A job kept in the in-flight list of a scheduler aggregate (its list
// constructed empty by the aggregate's initializer), given back on a
// failure path and again by the scheduler's sweep.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:AcquireFunctions=Depot::lend -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:ReleaseFunctions=::Depot::reclaim -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s
// RUN: not %analyze -Xclang -analyzer-config -Xclang "lifeguard.PoolMisuse:AcquireFunctions=Depot::lend()" -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include %s 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: invalid name 'Depot::lend()' in option 'lifeguard.PoolMisuse:AcquireFunctions': expected a qualified function name such as '::ConnectionPool::borrow'

#include "pools.h"

// Also a leak: when `done` is false, `c` is never given back.
void releasedOnOneBranch(ConnectionPool &pool, bool done) {
  Connection *c = pool.acquire(); // expected-note{{'c' now points to the pool's object}} expected-note{{acquired here}}
  if (done) // expected-note{{Assuming 'done' is true}} expected-note{{Taking true branch}} expected-note{{Assuming 'done' is false}} expected-note{{Taking false branch}}
    pool.release(c); // expected-note{{Object released to its pool here}}
  c->send("again"); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
} // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}

void releasedTwice(ConnectionPool &pool) {
  Connection *c = pool.acquire(); // expected-note{{'c' now points to the pool's object}}
  pool.release(c); // expected-note{{Object released to its pool here}}
  pool.release(c); // expected-warning{{object released to its pool twice}} expected-note{{object released to its pool twice}}
}

void releasesALocal(ConnectionPool &pool) {
  Connection onStack;
  pool.release(&onStack); // expected-warning{{local variable 'onStack' released to a pool that did not hand it out}} expected-note{{local variable 'onStack' released to a pool that did not hand it out}}
}

// Also a leak: when the loop does not run, `c` is never given back.
void releasedInTheLoop(ConnectionPool &pool, int n) {
  Connection *c = pool.acquire(); // expected-note{{'c' now points to the pool's object}} expected-note{{acquired here}}
  for (int i = 0; i < n; ++i) { // expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is >= 'n'}} expected-note{{Loop condition is false. Execution jumps to the end of the function}}
    c->send("tick"); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
    pool.release(c); // expected-note{{Object released to its pool here}}
  }
} // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}

void configured(Depot &arena) {
  Connection *c = arena.lend(); // expected-note{{'c' now points to the pool's object}}
  arena.reclaim(c); // expected-note{{Object released to its pool here}}
  c->send("late"); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void annotated(Registry &registry) {
  Connection *c = registry.open("db"); // expected-note{{'c' now points to the pool's object}}
  registry.close(c); // expected-note{{Object released to its pool here}}
  c->send("closed"); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void finish(ConnectionPool &pool, Connection *c) { pool.release(c); } // expected-note{{Object released to its pool here}}

int throughAHelper(ConnectionPool &pool) {
  Connection *c = pool.acquire(); // expected-note{{'c' now points to the pool's object}}
  finish(pool, c); // expected-note{{Calling 'finish'}} expected-note{{Returning from 'finish'}}
  return c->fd; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void render(const Connection &c);
void logLine(const char *text);

void givenByReference(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  pool.release(c); // expected-note{{Object released to its pool here}}
  render(*c); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void pointerIntoIt(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  pool.release(c); // expected-note{{Object released to its pool here}}
  logLine(c->buffer); // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

void forget(Connection *c);

// ===== Negatives =====

void pointerGivenByValue(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  pool.release(c);
  forget(c); // the address only: compared, counted, logged
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
  pool.release(c);
  return fd;
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

class MovableLease {
public:
  explicit MovableLease(ConnectionPool &pool) : pool_(&pool), c_(pool.acquire()) {}
  MovableLease(MovableLease &&o) noexcept : pool_(o.pool_), c_(o.c_) { o.c_ = nullptr; }
  ~MovableLease() {
    if (c_)
      pool_->release(c_);
  }
  Connection *operator->() const { return c_; }

private:
  ConnectionPool *pool_;
  Connection *c_;
};

static int consume(MovableLease lease) { return lease->fd; }

int leaseHandedByValue(ConnectionPool &pool) {
  MovableLease lease(pool);
  lease->buffer[0] = 0;
  return consume(static_cast<MovableLease &&>(lease));
}

// ConnectionPool keeps what it is given back in a std::vector and hands the
// same object out again: read back out of its free list, it is live once
// more, also when a guard's destructor gave it back.
struct Checkin {
  ConnectionPool &pool;
  Connection *c;
  ~Checkin() { pool.release(c); }
};

int query(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  Checkin guard{pool, c};
  return c->fd;
}

int handedOutAgain() {
  ConnectionPool pool;
  return query(pool) + query(pool);
}

// A table of the connections in use, by id: the one closed went back to its
// pool but stays in the table, and a later request under its id reads it.
// Another id's connection, and a table that forgets the id with the
// release, are the near misses.
#include <unordered_map>

class Sessions {
public:
  explicit Sessions(ConnectionPool &pool) : pool_(pool) {}
  void open(int id) {
    Connection *c = pool_.acquire();
    byId_[id] = c; // expected-note{{Stored a pointer to the object in 'sessions.byId_'}}
  }
  void close(int id) {
    auto it = byId_.find(id);
    if (it != byId_.end()) // expected-note{{Taking true branch}}
      pool_.release(it->second); // expected-note{{Object released to its pool here}}
  }
  void closeAndForget(int id) {
    auto it = byId_.find(id);
    if (it == byId_.end())
      return;
    pool_.release(it->second);
    byId_.erase(it);
  }
  int serve(int id) {
    auto it = byId_.find(id);
    if (it == byId_.end()) // expected-note{{Taking false branch}}
      return -1;
    Connection *c = it->second; // expected-note{{'c' now points to the pool's object}}
    return c->fd; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
  }

private:
  ConnectionPool &pool_;
  std::unordered_map<int, Connection *> byId_;
};

int serveAfterClose(ConnectionPool &pool) {
  Sessions sessions(pool);
  sessions.open(1); // expected-note{{Calling 'Sessions::open'}} expected-note{{Returning from 'Sessions::open'}}
  sessions.open(2);
  int served = sessions.serve(1) + sessions.serve(2);
  sessions.close(1); // expected-note{{Calling 'Sessions::close'}} expected-note{{Returning from 'Sessions::close'}}
  return served + sessions.serve(2) + sessions.serve(1); // expected-note{{Calling 'Sessions::serve'}}
}

int serveAfterCloseAndForget(ConnectionPool &pool) {
  Sessions sessions(pool);
  sessions.open(1);
  sessions.open(2);
  sessions.closeAndForget(1);
  return sessions.serve(2) + sessions.serve(1); // near miss: 1 was forgotten
}

// A bank of any name: `take()` hands out a lease, whose destructor gives the
// buffer back.
struct Buffer {
  int used;
};

class BufferBank {
public:
  class Lease {
  public:
    Lease(BufferBank *bank, Buffer *buf) : bank_(bank), buf_(buf) {}
    ~Lease() {
      if (buf_) // expected-note{{Assuming field 'buf_' is non-null}} expected-note{{Taking true branch}}
        bank_->give_back(buf_); // expected-note{{Object released to its pool here}}
    }
    Buffer *get() const { return buf_; }

  private:
    BufferBank *bank_;
    Buffer *buf_;
  };
  Lease take();
  void give_back(Buffer *buf);
};

int leaseDiedAtTheSemicolon(BufferBank &bank) {
  Buffer *out = bank.take().get(); // expected-note{{'out' now points to the pool's object}} expected-note{{Calling '~Lease'}} expected-note{{Returning from '~Lease'}}
  return out->used; // expected-warning{{use of an object after it was released to its pool}} expected-note{{use of an object after it was released to its pool}}
}

int leaseAlive(BufferBank &bank) {
  BufferBank::Lease lease = bank.take();
  Buffer *out = lease.get();
  return out->used;
}

// A scheduler aggregate whose in-flight list is constructed empty by its
// initializer (as a temporary clang copies into the member): what the
// list holds is known, and the sweep of its method gives back again a job
// the failure path gave back already.
struct Job {
  long id;
};

using JobPool = StackPool<Job>;

struct Scheduler {
  JobPool &pool;
  std::vector<Job *> inflight;
  void shutdown() {
    for (Job *j : inflight) // expected-note{{'j' now points to the pool's object}}
      pool.release(j); // expected-warning{{object released to its pool twice}} expected-note{{object released to its pool twice}}
  }
};

void failedThenShutDown(bool failed) {
  JobPool pool;
  Scheduler s{pool};
  Job *j = pool.acquire();
  s.inflight.push_back(j);
  if (failed) // expected-note{{Assuming 'failed' is true}} expected-note{{Taking true branch}}
    pool.release(j); // expected-note{{Object released to its pool here}}
  s.shutdown(); // expected-note{{Calling 'Scheduler::shutdown'}}
}

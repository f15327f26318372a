// Objects acquired and not given back on some path, when nothing took
// them over: lifeguard.PoolMisuse reports them where the path ends, with
// the acquisition and the branches taken.
//
// Positives: the error path of a function that releases on success; a
// `continue` in a loop before the release; an acquired object overwritten
// by a second acquisition; a pool named by options, one annotated, and a C
// pool of free functions.
// A member call on the object whose body is elsewhere, and printing its
// address, are no hand-over.
// Negatives: release on every path; the object returned (also inside a
// struct with a destructor, to a caller that releases it); stored in a member, an out-parameter or a container; handed to
// a function the analyzer does not see; an RAII guard and a unique_ptr
// whose deleter releases; the path where the pool gave nothing (null);
// a pool's own code; every leak when ReportLeaks is false; objects a
// local pool handed out, still out when its frame returns.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:AcquireFunctions=Depot::lend -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:ReleaseFunctions=::Depot::reclaim -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:AcquireFunctions=Depot::lend -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:ReleaseFunctions=::Depot::reclaim -std=c++20 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang lifeguard.PoolMisuse:ReportLeaks=false -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify=off %s
// off-no-diagnostics

#include "pools.h"
#include <cstdio>
#include <deque>
#include <memory>

bool encode(Connection *c, int value) {
  if (value < 0)
    return false;
  c->fd = value;
  return true;
}

bool sendOrFail(ConnectionPool &pool, int value) {
  Connection *c = pool.acquire(); // expected-note{{acquired here}}
  if (!encode(c, value)) // expected-note{{Taking true branch}}
    return false; // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}
  c->fd += 1;
  pool.release(c);
  return true;
}

int skipsTheRelease(ConnectionPool &pool, const int *values, int n) {
  int sent = 0;
  for (int i = 0; i < n; ++i) { // expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}
    Connection *c = pool.acquire(); // expected-note{{acquired here}}
    if (values[i] == 0) // expected-note{{Assuming the condition is true}} expected-note{{Taking true branch}}
      continue; // expected-note{{Execution jumps to the end of the function}}
    c->fd = values[i];
    pool.release(c);
    ++sent;
  }
  return sent;
}

void overwritten(ConnectionPool &pool) {
  Connection *c = pool.acquire(); // expected-note{{acquired here}}
  c = pool.acquire();
  // Reported at the last statement of the path.
  pool.release(c); // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}
}

void configuredArena(Depot &arena, bool ready) {
  Connection *c = arena.lend(); // expected-note{{acquired here}}
  if (ready) // expected-note{{Assuming 'ready' is false}} expected-note{{Taking false branch}}
    arena.reclaim(c);
} // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}

int annotatedRegistry(Registry &registry) {
  Connection *c = registry.open("db"); // expected-note{{acquired here}}
  return c->fd; // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}
}

int cFunctions(struct mempool *slots) {
  int *slot = static_cast<int *>(mempool_get(slots)); // expected-note{{acquired here}}
  if (!slot) // expected-note{{Assuming 'slot' is non-null}} expected-note{{Taking false branch}}
    return -1;
  *slot = 4;
  return *slot; // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}
}

// A member of the object whose body is elsewhere (`c->send`), and a C
// library function that prints its address, do not take it over.
int unseenMember(ConnectionPool &pool, bool ok) {
  Connection *c = pool.acquire(); // expected-note{{acquired here}}
  c->send("AUTH");
  std::printf("%p\n", static_cast<void *>(c));
  if (!ok) // expected-note{{Assuming 'ok' is false}} expected-note{{Taking true branch}}
    return -2; // expected-warning{{object acquired from its pool is not given back on this path}} expected-note{{object acquired from its pool is not given back on this path}}
  pool.release(c);
  return 0;
}

// --- Near misses -----------------------------------------------------------

bool releasedOnEveryPath(ConnectionPool &pool, int value) {
  Connection *c = pool.acquire();
  if (!encode(c, value)) {
    pool.release(c);
    return false;
  }
  pool.release(c);
  return true;
}

Connection *handedToTheCaller(ConnectionPool &pool) {
  Connection *c = pool.acquire();
  c->fd = 0;
  return c;
}

struct Lease {
  Connection *connection;
  int id;
};
Lease returnedInsideAStruct(ConnectionPool &pool) {
  return Lease{pool.acquire(), 7};
}

// Returned inside an aggregate with a destructor of its own, to a caller
// that gives it back.
struct Checkout {
  Connection *connection;
  std::string user;
};
Checkout checkOut(ConnectionPool &pool) { return Checkout{pool.acquire(), "app"}; }
void checkOutAndIn(ConnectionPool &pool) {
  Checkout session = checkOut(pool);
  pool.release(session.connection);
}

struct Session {
  Connection *connection = nullptr;
  void open(ConnectionPool &pool) { connection = pool.acquire(); }
};

void outParameter(ConnectionPool &pool, Connection **out) {
  *out = pool.acquire();
}

void intoAContainer(ConnectionPool &pool, std::vector<Connection *> &idle) {
  idle.push_back(pool.acquire());
}

void adopt(Connection *c);
void handedToASink(ConnectionPool &pool) { adopt(pool.acquire()); }

class PooledConnection {
public:
  explicit PooledConnection(ConnectionPool &pool)
      : pool_(pool), connection_(pool.acquire()) {}
  ~PooledConnection() { pool_.release(connection_); }
  Connection *operator->() { return connection_; }

private:
  ConnectionPool &pool_;
  Connection *connection_;
};
int guarded(ConnectionPool &pool) {
  PooledConnection c(pool);
  c->fd = 2;
  return c->fd;
}

struct GiveBack {
  ConnectionPool *pool;
  void operator()(Connection *c) const { pool->release(c); }
};
int uniquePtrWithDeleter(ConnectionPool &pool) {
  std::unique_ptr<Connection, GiveBack> c(pool.acquire(), GiveBack{&pool});
  c->fd = 5;
  return c->fd;
}

void nothingToGive(Depot &arena) {
  Connection *c = arena.lend();
  if (!c)
    return;
  arena.reclaim(c);
}

// A pool's own code keeps what it takes from its free list.
class WarmPool {
public:
  Connection *acquire();
  void release(Connection *c);
  void prefetch() { acquire(); }
};

// A local pool goes with its frame, and so does all it handed out: an
// error return that leaves objects out is no leak.
struct Slot {
  int fd;
  bool busy;
};

class SlotPool {
public:
  explicit SlotPool(int n) {
    for (int i = 0; i < n; ++i)
      slots_.push_back(Slot{100 + i, false});
  }
  Slot *acquire() {
    for (Slot &s : slots_)
      if (!s.busy) {
        s.busy = true;
        return &s;
      }
    return nullptr;
  }
  void release(Slot *s) { s->busy = false; }

private:
  std::deque<Slot> slots_;
};

int openAll() {
  SlotPool pool(4);
  Slot *held[8];
  for (int i = 0; i < 8; ++i) {
    held[i] = pool.acquire();
    if (!held[i])
      return 1;
    held[i]->fd += i;
  }
  for (int i = 0; i < 8; ++i)
    pool.release(held[i]);
  return 0;
}

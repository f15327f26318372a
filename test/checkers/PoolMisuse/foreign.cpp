// Objects given to a pool that did not hand them out: one made with `new`
// on the path, and one another pool object handed out.
//
// Positives: `new` then release; acquired from one member pool and released
// to another; two local pools; through a helper that releases; a `new`'d
// session kept in a server's list of sessions, which the server's sweep
// gives to its pool.
// Negatives: two reference parameters that may be the same pool; the pool
// that handed it out, also through a reference to it; an object a pool's
// own acquire made with `new`; a `new`'d object handed to a pool's own
// member that adopts it (pool code); a pool that seeds its free list with
// its own slots, in its constructor (a local pool) or from outside; a pool
// that threads a caller's buffer in its constructor; the sweep of a list
// that holds only sessions the pool handed out.
// Loops are widened, as the lifeguard command does: the sweep's loop, run
// to clang's bound in one caller, is followed in the next.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang widen-loops=true -std=c++17 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -Xclang -analyzer-config -Xclang widen-loops=true -std=c++20 -I%S/../../checks/pool-misuse/Inputs -I%src_root/include -Xclang -verify %s

#include "pools.h"

void releasesNewed(ConnectionPool &connections) {
  Connection *c = new Connection;
  connections.release(c); // expected-warning{{object made with 'new' released to a pool that did not hand it out}} expected-note{{object made with 'new' released to a pool that did not hand it out}}
}

struct Server {
  ConnectionPool readers, writers;
  void crossed() {
    Connection *c = readers.acquire();
    writers.release(c); // expected-warning{{object released to a pool other than the one that handed it out}} expected-note{{object released to a pool other than the one that handed it out}}
  }
};

void giveBack(ConnectionPool &to, Connection *c) {
  to.release(c); // expected-warning{{object released to a pool other than the one that handed it out}} expected-note{{object released to a pool other than the one that handed it out}}
}
void twoLocals() {
  ConnectionPool first, second;
  Connection *c = first.acquire();
  giveBack(second, c); // expected-note{{Calling 'giveBack'}}
}

// --- Near misses -----------------------------------------------------------

void mayBeTheSame(ConnectionPool &a, ConnectionPool &b) {
  Connection *c = a.acquire();
  b.release(c);
}

void sameThroughAReference() {
  ConnectionPool local;
  ConnectionPool &alias = local;
  Connection *c = local.acquire();
  alias.release(c);
}

// ConnectionPool::acquire makes its objects with `new` when its free list
// is empty: they are the pool's.
void madeByThePool(ConnectionPool &connections) {
  Connection *c = connections.acquire();
  connections.release(c);
}

class AdoptingPool {
public:
  Connection *acquire();
  void release(Connection *c);
  void adopt() { release(new Connection); }
};

// The pool's storage is part of the pool object: giving it to the free
// list is not giving the pool a local, whether the pool's constructor does
// it or its owner does.
struct Slot {
  Slot *Next = nullptr;
  int Value = 0;
};
class SlotPool {
public:
  SlotPool() {
    for (int I = 0; I < 4; ++I)
      release(&Slots[I]);
  }
  Slot *acquire() {
    Slot *S = Idle;
    if (S)
      Idle = S->Next;
    return S;
  }
  void release(Slot *S) {
    S->Next = Idle;
    Idle = S;
  }
  Slot Slots[4];
  Slot Spare;

private:
  Slot *Idle = nullptr;
};

int seededByItsConstructor() {
  SlotPool pool;
  int Value = 0;
  if (Slot *s = pool.acquire()) {
    Value = s->Value;
    pool.release(s);
  }
  return Value;
}

void seededByItsOwner() {
  SlotPool pool;
  pool.release(&pool.Spare);
}

class StoragePool {
public:
  StoragePool(Slot *Storage, int N) {
    for (int I = 0; I < N; ++I)
      release(&Storage[I]);
  }
  void release(Slot *S) {
    S->Next = Idle;
    Idle = S;
  }

private:
  Slot *Idle = nullptr;
};

void threadsTheCallersBuffer() {
  Slot storage[2];
  StoragePool pool(storage, 2);
}

struct Session {
  int id;
};

struct SessionServer {
  StackPool<Session> pool;
  std::vector<Session *> active;
  void logoutAll() {
    for (Session *s : active)
      pool.release(s); // expected-warning{{object made with 'new' released to a pool that did not hand it out}} expected-note{{object made with 'new' released to a pool that did not hand it out}}
    active.clear();
  }
};

void adminSessionLoggedOut() {
  SessionServer server;
  server.active.push_back(new Session{99});
  server.logoutAll(); // expected-note{{Calling 'SessionServer::logoutAll'}}
}

void pooledSessionsLoggedOut() {
  SessionServer server;
  server.active.push_back(server.pool.acquire());
  server.active.push_back(server.pool.acquire());
  server.logoutAll();
}

// Pools whose slots are storage the pool itself holds, which both engines
// took for misuse, with the twins that must still warn.
//
// A free list whose slot is a union of the object and the next link: the
// slot given back comes out again as the object (its other member), a
// fresh acquisition, not the released one. The twin: the released pointer
// used.
//
// Two objects held in the elements of one array (`live[0]`, `live[1]`),
// each given back once. The twin: the same element given back twice.
//
// A C pool: a struct of slots and free functions given the pool
// (`task_pool_free(&pool, t)`); a slot of a local pool given back to it is
// not a local handed to a pool. The twin: a local of its own given back
// (which the pool also keeps: it escapes).
//
// A job whose completion callback, captured with the pool by reference,
// gives the job back once; the callback moved out of the job first. The
// twin: given back by the callback and again by the caller.
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*,lifeguard-pool-misuse' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"

#include <cstdlib>
#include <functional>
#include <utility>

struct Buf {
  long seq;
};

struct BufPool {
  union Slot {
    Buf buf;
    Slot *next;
  };
  Slot slots[2];
  Slot *head;
  BufPool() {
    slots[0].next = &slots[1];
    slots[1].next = nullptr;
    head = &slots[0];
  }
  Buf *get() {
    Slot *s = head;
    head = s->next;
    return &s->buf;
  }
  void put(Buf *b) {
    Slot *s = reinterpret_cast<Slot *>(b);
    s->next = head;
    head = s;
  }
};

long unionSlotComesBack() {
  BufPool pool;
  Buf *a = pool.get();
  pool.put(a);
  Buf *b = pool.get();
  b->seq = 2;
  long seq = b->seq;
  pool.put(b);
  return seq;
}

void unionSlotUsedAfterPut() {
  BufPool pool;
  Buf *a = pool.get();
  pool.put(a);
  // CHECK: pool-slots.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: use of an object after it was released to its pool
  a->seq = 2;
}

struct Particle {
  long life;
};

struct ParticlePool {
  Particle slots[4];
  bool used[4] = {};
  int n = 0;
  Particle *alloc() {
    used[n] = true;
    return &slots[n++];
  }
  void free(Particle *p) {
    if (!used[p - slots])
      std::abort();
    used[p - slots] = false;
  }
};

void arrayElementsEachFreedOnce() {
  ParticlePool pool;
  Particle *live[2];
  live[0] = pool.alloc();
  live[1] = pool.alloc();
  pool.free(live[0]);
  pool.free(live[1]);
}

void arrayElementFreedTwice() {
  ParticlePool pool;
  Particle *live[2];
  live[0] = pool.alloc();
  live[1] = pool.alloc();
  pool.free(live[0]);
  // CHECK: pool-slots.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: object released to its pool twice
  pool.free(live[0]);
  pool.free(live[1]);
}

struct Task {
  long id;
  Task *next;
};
struct TaskPool {
  Task slots[2];
  Task *head;
};
static Task *task_pool_alloc(TaskPool *p) {
  Task *t = p->head;
  if (t)
    p->head = t->next;
  return t;
}
static void task_pool_free(TaskPool *p, Task *t) {
  if (t < p->slots || t >= p->slots + 2)
    std::abort();
  t->next = p->head;
  p->head = t;
}

int localCPoolSlotGivenBack() {
  TaskPool pool{};
  pool.head = &pool.slots[0];
  Task *t = task_pool_alloc(&pool);
  if (!t)
    return 1;
  task_pool_free(&pool, t);
  return 0;
}

void localTaskGivenToCPool(TaskPool *pool) {
  Task mine{1, nullptr};
  // CHECK: pool-slots.cpp:[[@LINE+2]]:{{[0-9]+}}: warning: {{.*}}'mine' released to a pool that did not hand it out
  // CHECK: pool-slots.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'mine' escapes through parameter 'pool'
  task_pool_free(pool, &mine);
}

struct Job {
  long id;
  std::function<void(Job *)> onDone;
};
struct JobPool {
  Job slots[4];
  bool used[4] = {};
  int n = 0;
  Job *take() {
    used[n] = true;
    return &slots[n++];
  }
  void give(Job *j) {
    if (!used[j - slots])
      std::abort();
    used[j - slots] = false;
  }
};

void callbackGivesJobBackOnce() {
  JobPool pool;
  Job *j = pool.take();
  j->onDone = [&pool](Job *x) { pool.give(x); };
  auto done = std::move(j->onDone);
  done(j);
}

void callbackAndCallerBothGiveBack() {
  JobPool pool;
  Job *j = pool.take();
  auto done = [&pool](Job *x) { pool.give(x); };
  done(j);
  // CHECK: pool-slots.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: object released to its pool twice
  pool.give(j);
}

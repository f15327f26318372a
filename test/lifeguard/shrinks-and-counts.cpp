// Correct code both engines took for bugs, each with a twin that must still
// warn.
//
// A local's address published in a global list and taken out again with
// `remove(&local)` or `remove_if` before its scope ends. The twin: never
// taken out.
//
// A pointer into a vector kept across `resize(n)` that shrinks it (the
// tail is erased in place; nothing moves): the clang-tidy check does not
// know the size, the analyzer counted it (`std::vector<int> v(10)`). The
// twin: `resize(v.size() * 2)`, which grows it.
//
// An intrusive reference count whose last release deletes the object
// (`if (--refs == 0) delete this;`), the object held by a reference that
// outlives every copy: the count the analyzer reaches after a container's
// copy of the holder is one it made up. The twin: deleted outright.
//
// Slots a pool hands out in a loop until it has none left, each given back
// once: a pool does not hand out a slot it has not had back, so a path on
// which it does (a widened loop forgot which slots are in use) is not
// followed. The twin: a slot given back twice.
//
// A vector reserved, filled in a loop, then shrunk by a range erase (room
// no longer counted) and a pop, grown by two: the pop does not make the
// room counted again (one element's room, where there were six). The twin:
// a pop from a counted room, then growth past it.
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"

#include <list>
#include <vector>

std::list<int *> g_subscribers;

int notify() {
  int sum = 0;
  for (int *s : g_subscribers)
    sum += *s;
  return sum;
}

int subscribeThenRemove() {
  {
    int local = 1;
    g_subscribers.push_back(&local);
    notify();
    g_subscribers.remove(&local);
  }
  return notify();
}

int subscribeThenRemoveIf() {
  {
    int local = 1;
    g_subscribers.push_back(&local);
    notify();
    g_subscribers.remove_if([&](int *s) { return s == &local; });
  }
  return notify();
}

int subscribeAndLeave() {
  {
    int local = 1;
    // CHECK: shrinks-and-counts.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_subscribers'
    g_subscribers.push_back(&local);
    notify();
  }
  // CHECK: shrinks-and-counts.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_subscribers' and stays there after its scope ended
  return notify();
}

int shrinkKeepsHead() {
  std::vector<int> v(10, 1);
  int *p = &v[3];
  v.resize(5);
  return *p;
}

void shrinkTo(std::vector<int> &v, unsigned n) { v.resize(n); }

int shrinkInHelperKeepsHead() {
  std::vector<int> v(10, 1);
  int *p = &v[3];
  shrinkTo(v, 5);
  return *p;
}

int growMovesHead() {
  std::vector<int> v(10, 1);
  int *p = &v[3];
  v.resize(v.size() * 2);
  return *p;
  // CHECK: shrinks-and-counts.cpp:[[@LINE-1]]:{{[0-9]+}}: warning: 'p' points into 'v', whose storage was reallocated by 'resize'
}

struct Counted {
  int refs = 0;
  int value = 7;
  void addRef() { ++refs; }
  void release() {
    if (--refs == 0)
      delete this;
  }
};

struct Ref {
  Counted *p;
  explicit Ref(Counted *c) : p(c) { p->addRef(); }
  Ref(const Ref &o) : p(o.p) { p->addRef(); }
  Ref &operator=(const Ref &) = delete;
  ~Ref() { p->release(); }
};

int countedCopies() {
  Ref keep(new Counted);
  std::vector<Ref> all;
  for (int i = 0; i < 2; ++i) {
    Ref copy = keep;
    all.push_back(copy);
  }
  return keep.p->value;
}

int deletedOutright() {
  Counted *c = new Counted;
  delete c;
  // CHECK: shrinks-and-counts.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: use of {{.*}}after it was deleted
  return c->value;
}

struct Slot {
  bool used;
};
static Slot g_slots[4];

static Slot *msgpool_alloc() {
  for (Slot &s : g_slots)
    if (!s.used) {
      s.used = true;
      return &s;
    }
  return nullptr;
}
static void msgpool_free(Slot *s) { s->used = false; }

int allSlotsEachFreedOnce() {
  Slot *held[4];
  int n = 0;
  while (Slot *m = msgpool_alloc())
    held[n++] = m;
  for (int i = 0; i < n; ++i)
    msgpool_free(held[i]);
  return n;
}

void slotFreedTwice() {
  Slot *m = msgpool_alloc();
  if (!m)
    return;
  msgpool_free(m);
  // CHECK: shrinks-and-counts.cpp:[[@LINE+1]]:{{[0-9]+}}: warning: object released to its pool twice
  msgpool_free(m);
}

struct Order {
  int id;
  int qty;
};
int afterARangeEraseAndAPop() {
  std::vector<Order> book;
  book.reserve(16);
  for (int i = 0; i < 10; ++i)
    book.push_back({i, 10});
  Order &best = book[0];
  book.erase(book.begin() + 5, book.end());
  book.pop_back();
  book.insert(book.end(), Order{42, 1});
  book.push_back(Order{43, 1});
  return best.qty;
}

int pastTheRoomAPopLeft() {
  std::vector<int> v;
  v.reserve(3);
  v.push_back(1);
  v.push_back(2);
  v.push_back(3);
  int &first = v[0];
  v.pop_back();
  v.push_back(4);
  v.push_back(5);
  return first;
  // CHECK: :[[@LINE-1]]:10: warning: 'first' points into 'v', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
  // CHECK: :[[@LINE-6]]:16: note: handle into 'v' obtained here
  // CHECK: :[[@LINE-4]]:3: note: 'v' reallocated here
}

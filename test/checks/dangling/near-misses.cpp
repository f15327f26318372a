// Near misses of dangling: code that looks like a use of a dead object but
// is not, or where not every path reaching the use has the object dead (the
// check is flow-sensitive but path-insensitive, and reports a use only when
// every path has the object dead). All of this file must stay silent except
// the one control case at the end, which shows the check ran on this file.
//
// Covers: lifetime-extended temporaries (const&, &&, auto&&, a data member
// of a prvalue); copies made before a temporary dies; `.get()` used while
// the owner lives; shared_ptr keeping the object alive; release(); a
// unique_ptr moved into a container; deep copies and deleted copies;
// inner-block pointers used only in the block; a pointer reassigned before
// use; `delete p; p = nullptr;`; a freed pointer passed by value, erased
// from a registry, compared; range-for over a temporary container; deletes,
// resets and scopes on one path only; conditionals between a dead and a
// live object; loops that allocate, use and free in each iteration; swap;
// a unique_ptr whose deleter points to its pool (kept, not owned); a
// unique_ptr condition variable moved out in the body (`if (auto h =
// make())`: on the else edge it is null, and its end destroys nothing).
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

std::string makeString();
std::vector<int> makeVector();

struct Point {
  int x;
  int y;
};
Point makePoint();

struct Widget {
  int value = 0;
  void run();
};

void use(const Widget *w);
void useText(const char *s);
bool ready();

// ----- lifetime extension -----

std::size_t extendedByConstReference() {
  const std::string &r = makeString();
  return r.size();
}

std::size_t extendedByRvalueReference() {
  std::string &&r = makeString();
  return r.size();
}

std::size_t extendedByForwardingReference() {
  auto &&r = makeString();
  return r.size();
}

int extendedThroughDataMember() {
  const int &m = makePoint().x;
  return m;
}

char viewOfExtendedTemporary() {
  const std::string &r = makeString();
  std::string_view v = r;
  return v[0];
}

// ----- copies made before the temporary dies -----

std::string cStrCopied() {
  std::string s = makeString().c_str();
  return s;
}

std::string viewCopiedFromLiveString() {
  std::string owner = makeString();
  std::string_view sv = owner;
  std::string s(sv);
  return s;
}

void cStrPassedWithinFullExpression() { useText(makeString().c_str()); }

// ----- range-for over the temporary container itself -----

int rangeOverTemporaryContainer() {
  int sum = 0;
  for (auto &x : makeVector())
    sum += x;
  return sum;
}

// ----- owners that still live -----

int getWhileOwnerLives() {
  auto owner = std::make_unique<Widget>();
  Widget *raw = owner.get();
  use(raw);
  return raw->value;
}

int sharedPtrKeepsObjectAlive() {
  auto sp = std::make_shared<Widget>();
  Widget *raw = sp.get();
  std::shared_ptr<Widget> keep = sp;
  sp.reset();
  return raw->value;
}

int releasedThenUsed() {
  auto owner = std::make_unique<Widget>();
  Widget *raw = owner.release();
  owner.reset();
  int v = raw->value;
  delete raw;
  return v;
}

int movedIntoContainerThenUsed(std::vector<std::unique_ptr<Widget>> &all) {
  auto owner = std::make_unique<Widget>();
  Widget *raw = owner.get();
  all.push_back(std::move(owner));
  return raw->value;
}

int ownersSwappedThenOneReset() {
  auto a = std::make_unique<Widget>();
  auto b = std::make_unique<Widget>();
  Widget *raw = a.get();
  a.swap(b);
  std::unique_ptr<Widget> keep = std::move(b);
  a.reset();
  return raw->value;
}

// ----- copies of owning classes -----

class DeepCopy {
public:
  DeepCopy() : data_(new int[4]()) {}
  DeepCopy(const DeepCopy &other) : data_(new int[4]) {
    std::memcpy(data_, other.data_, 4 * sizeof(int));
  }
  DeepCopy &operator=(const DeepCopy &other) {
    std::memcpy(data_, other.data_, 4 * sizeof(int));
    return *this;
  }
  ~DeepCopy() { delete[] data_; }

private:
  int *data_;
};

void copyDeep() {
  DeepCopy a;
  DeepCopy b = a;
  b = a;
}

class NoCopy {
public:
  NoCopy() : data_(strdup("x")) {}
  NoCopy(const NoCopy &) = delete;
  NoCopy &operator=(const NoCopy &) = delete;
  ~NoCopy() { std::free(data_); }

private:
  char *data_;
};

void useNoCopy() {
  NoCopy a;
  const NoCopy &alias = a;
  (void)alias;
}

// ----- inner blocks -----

int innerBlockPointerUsedInBlock() {
  int result;
  {
    int x = 1;
    int *p = &x;
    result = *p;
  }
  return result;
}

int innerBlockPointerReassignedBeforeUse() {
  int outer = 2;
  int *p;
  {
    int x = 1;
    p = &x;
  }
  p = &outer;
  return *p;
}

int scopeEndedOnOnePathOnly(bool c) {
  int outer = 0;
  const int *p = &outer;
  if (c) {
    int inner = 1;
    p = &inner;
  }
  return *p;
}

// ----- delete and free -----

void deletedThenNulled() {
  Widget *w = new Widget;
  w->run();
  delete w;
  w = nullptr;
}

void deletedThenErased(std::set<Widget *> &registry) {
  Widget *w = new Widget;
  registry.insert(w);
  delete w;
  registry.erase(w);
}

void deletedThenErasedFromMap(std::map<const Widget *, int> &index) {
  Widget *w = new Widget;
  index[w] = 1;
  delete w;
  index.erase(w);
}

void freedThenPassedByValue() {
  char *buf = static_cast<char *>(std::malloc(4));
  std::free(buf);
  useText(buf);
}

bool deletedThenCompared(const Widget *other) {
  Widget *w = new Widget;
  delete w;
  return w != other;
}

int deletedOnOnePath(bool c) {
  Widget *w = new Widget;
  if (c)
    delete w;
  return w->value;
}

int resetOnOnePath(bool c) {
  auto owner = std::make_unique<Widget>();
  Widget *raw = owner.get();
  if (c)
    owner.reset();
  return raw->value;
}

int conditionalBetweenTwoOwners(bool c) {
  auto a = std::make_unique<Widget>();
  auto b = std::make_unique<Widget>();
  Widget *p = c ? a.get() : b.get();
  a.reset();
  return p->value;
}

int deletedAndReassignedInLoop(int n) {
  Widget *w = new Widget;
  int total = 0;
  for (int i = 0; i < n; ++i) {
    total += w->value;
    delete w;
    w = new Widget;
  }
  total += w->value;
  delete w;
  return total;
}

void deleteInLoopThenLeave() {
  Widget *w = new Widget;
  while (true) {
    if (ready()) {
      delete w;
      break;
    }
    w->run();
  }
}

int freshEachIteration(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    auto *w = new Widget;
    total += w->value;
    delete w;
  }
  return total;
}

int pointerNulledOnDeletePathGuardedUse(bool c) {
  Widget *w = new Widget;
  if (c) {
    delete w;
    w = nullptr;
  }
  int v = w ? w->value : 0;
  delete w;
  return v;
}

// A unique_ptr whose deleter gives the object back to its pool: the
// deleter keeps a pointer to the pool, it does not own it.
struct Lease {
  int value = 0;
};
class LeasePool {
public:
  ~LeasePool() {
    for (Lease *l : idle_)
      delete l;
  }
  Lease *get() {
    if (idle_.empty())
      return new Lease;
    Lease *l = idle_.back();
    idle_.pop_back();
    return l;
  }
  void put(Lease *l) { idle_.push_back(l); }
  struct Returner {
    LeasePool *pool;
    void operator()(Lease *l) const { pool->put(l); }
  };
  std::unique_ptr<Lease, Returner> lease() { return {get(), Returner{this}}; }

private:
  std::vector<Lease *> idle_;
};

int leasedTwice(LeasePool &pool) {
  int a = pool.lease()->value;
  return a + pool.lease()->value;
}

int leaseInAScope() {
  LeasePool pool;
  int total = 0;
  {
    auto held = pool.lease();
    total += held->value;
  }
  return total + pool.lease()->value;
}

struct Session {
  int id = 0;
};

int conditionVariableMovedOut() {
  std::unique_ptr<Session> current;
  if (auto fresh = std::make_unique<Session>())
    current = std::move(fresh);
  return current->id;
}

int pointerTestedNullFirst(Session *given) {
  std::unique_ptr<Session> owner(given);
  Session *alias = owner.get();
  if (!owner)
    owner = std::make_unique<Session>();
  return alias ? alias->id : owner->id;
}

// ----- control: the check is active on this file -----

int controlUseAfterDelete() {
  Widget *w = new Widget;
  delete w;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return w->value;
}

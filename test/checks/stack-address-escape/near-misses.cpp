// Near misses of stack-address escape: code that looks like an escape but
// where, at the end of the function, no path leaves a handle to the frame
// anywhere that outlives it. The check reports only when every path's value
// points into the frame, so all of this file must stay silent except the
// one control case at the end, which shows the check ran on this file.
//
// Covers: conditionals with one non-local branch (global, nullptr,
// parameter), returned or stored; a pointer to a local reassigned before it
// escapes; stores into globals, members, out-parameters and outer
// containers undone before return (reset, save/restore, restore by a
// guard's destructor, clear, pop_back, erase); local containers and objects
// of pointers that never escape; copies out of locals; heap and static
// storage; opaque calls; helpers whose result may be a parameter; storage
// from an allocator or a memory resource.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <functional>
#include <memory_resource>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

int g_value;
int *g_last;
std::vector<int *> g_all;

void consume(const std::vector<int *> &v);
void use(int *p);
void useConst(const int *p);

// ----- conditionals: one path does not point into the frame -----

int *conditionalLocalOrGlobal(bool c) {
  int local = 1;
  return c ? &local : &g_value;
}

int *conditionalGlobalOrLocal(bool c) {
  int local = 1;
  return c ? &g_value : &local;
}

int *conditionalLocalOrNull(bool c) {
  int local = 1;
  return c ? &local : nullptr;
}

int *conditionalLocalOrParameter(bool c, int *param) {
  int local = 1;
  return c ? &local : param;
}

int *assignedOnlyOnOnePath(bool c) {
  int x = 1;
  int *p = nullptr;
  if (c)
    p = &x;
  return p;
}

int *assignedLocalOnlyInLoop(int n) {
  int x = 1;
  int *p = &g_value;
  for (int i = 0; i < n; ++i)
    p = &x;
  return p;
}

const int &referenceToLocalOrParameter(bool c, const int &param) {
  int local = 1;
  return c ? local : param;
}

void storeLocalOrGlobalIntoGlobal(bool c) {
  int local = 1;
  g_last = c ? &local : &g_value;
}

// ----- reassigned before it escapes -----

int *reassignedToGlobalBeforeReturn() {
  int x = 1;
  int *p = &x;
  *p += 1;
  p = &g_value;
  return p;
}

int *reassignedToHeapBeforeReturn() {
  int x = 1;
  int *p = &x;
  use(p);
  p = new int(x);
  return p;
}

std::string_view viewRebindToLiteralBeforeReturn() {
  std::string s = "local";
  std::string_view v = s;
  v = "literal";
  return v;
}

// ----- stores undone before return -----

void globalResetBeforeReturn() {
  int x = 1;
  g_last = &x;
  use(g_last);
  g_last = nullptr;
}

void outParameterResetBeforeReturn(int **out) {
  int x = 1;
  *out = &x;
  use(*out);
  *out = nullptr;
}

void globalVectorClearedBeforeReturn() {
  int x = 1;
  g_all.push_back(&x);
  consume(g_all);
  g_all.clear();
}

void outerVectorPoppedBeforeReturn(std::vector<int *> &out) {
  int x = 1;
  out.push_back(&x);
  consume(out);
  out.pop_back();
}

void outerMapEntryErasedBeforeReturn(std::map<int, int *> &outMap) {
  int x = 1;
  outMap[42] = &x;
  use(outMap[42]);
  outMap.erase(42);
}

// Save/restore: the global is given back its old value before return.
void globalSavedAndRestored() {
  int x = 1;
  int *saved = g_last;
  g_last = &x;
  use(g_last);
  g_last = saved;
}

// The same restore done by a guard's destructor at the end of the scope.
struct RestorePointer {
  int *&slot;
  int *old;
  ~RestorePointer() { slot = old; }
};

void globalRestoredByGuard() {
  int x = 1;
  RestorePointer guard{g_last, g_last};
  g_last = &x;
  use(g_last);
}

class Session {
public:
  void memberResetBeforeReturn() {
    int x = 1;
    current_ = &x;
    run();
    current_ = nullptr;
  }

  void memberVectorClearedBeforeReturn() {
    int x = 1;
    stack_.push_back(&x);
    run();
    stack_.clear();
  }

  void memberVectorPoppedBeforeReturn() {
    int x = 1;
    stack_.push_back(&x);
    run();
    stack_.pop_back();
  }

  void memberCallbackResetBeforeReturn() {
    int x = 1;
    callback_ = [&x] { ++x; };
    callback_();
    callback_ = nullptr;
  }

private:
  void run();
  int *current_ = nullptr;
  std::vector<int *> stack_;
  std::function<void()> callback_;
};

// ----- local containers and objects that never escape -----

int localVectorOfAddresses() {
  int a = 1;
  int b = 2;
  std::vector<int *> v{&a, &b};
  int sum = 0;
  for (int *p : v)
    sum += *p;
  return sum;
}

int localMapOfAddresses() {
  int a = 1;
  std::map<std::string, int *> m;
  m["a"] = &a;
  return *m["a"];
}

struct Link {
  int *target = nullptr;
};

int localStructPointingToLocal() {
  int x = 1;
  Link link;
  link.target = &x;
  return *link.target;
}

int localLambdaCapturingByReference() {
  int x = 1;
  auto inc = [&] { ++x; };
  inc();
  std::function<void()> f = inc;
  f();
  return x;
}

// ----- copies out of locals -----

std::string returnCopyOfLocal() {
  std::string s = "copy";
  return s;
}

std::string returnCopyFromView() {
  std::string s = "copy";
  std::string_view v = s;
  return std::string(v);
}

std::string returnCopyFromCStr() {
  std::string s = "copy";
  return std::string(s.c_str());
}

std::vector<int> returnValuesReadThroughAddresses() {
  int a = 1;
  int *p = &a;
  return std::vector<int>{*p, *p + 1};
}

void copyValueIntoGlobal() {
  int x = 1;
  int *p = &x;
  g_value = *p;
}

// ----- heap and static storage -----

int *returnHeap() { return new int(1); }

int *returnReleasedUniquePtr() { return std::make_unique<int>(2).release(); }

void storeReleasedUniquePtrIntoGlobal() {
  auto owner = std::make_unique<int>(3);
  g_last = owner.release();
}

int *returnStaticLocal() {
  static int counter = 0;
  return &counter;
}

void storeStaticIntoStatic() {
  static int counter = 0;
  static int *last = &counter;
  g_value = *last;
}

// ----- calls that do not keep the address -----

void passToOpaqueFunction() {
  int x = 1;
  use(&x);
  useConst(&x);
}

const std::string &opaqueIdentity(const std::string &s);

const std::string &returnOpaqueResultOfLocal() {
  std::string s = "opaque";
  return opaqueIdentity(s);
}

const int &chooseRef(bool c, const int &a, const int &b) { return c ? a : b; }

const int &returnChoiceOfLocalOrParameter(bool c, const int &param) {
  int local = 1;
  return chooseRef(c, local, param);
}

// Storage from an allocator or a memory resource is the resource's, not
// the allocator object's: returning it does not return the local.
struct Message {
  int topic = 0;
};
Message *makeMessage(std::pmr::memory_resource &resource) {
  std::pmr::polymorphic_allocator<Message> alloc(&resource);
  Message *m = alloc.allocate(1);
  m->topic = 1;
  return m;
}
int *fromAnAllocator() {
  std::allocator<int> alloc;
  return alloc.allocate(4);
}

// ----- control: the check is active on this file -----

int *controlReturnAddressOfLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return &local;
}

// Stack-address escape into globals and function-local statics.
//
// Positives: the address of a local stored into a namespace-scope variable
// (plain, extern, namespaced, thread_local, array, struct field, vector,
// map), a static data member, through a pointer to a global, only on one
// path (lazy init), into a global object whose add() stores its argument,
// two and three handles deep behind a global (`**g`, `g->next->value`,
// directly and through a helper),
// through a global reference (assigned, push_back), into heap objects
// reachable from a global (raw pointer, unique_ptr), into
// a singleton held in another function's static, and into a function-local
// static (by its initializer, by a later assignment, by push_back).
// Negatives: addresses of globals, statics and heap memory stored into
// globals and statics; values (not addresses) stored; addresses of
// reference parameters; main's locals stored in a global or a static
// (they live until the program exits); a global reference reset before
// the function returns; a class template's static member set and cleared;
// a store two handles deep undone by a loop over the list, by restoring the
// saved value or by a pop; a global list freed and read.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <memory>
#include <string>
#include <vector>

struct Holder {
  int *ptr = nullptr;
};

class Registry {
public:
  void add(int *p) { items_.push_back(p); }

private:
  std::vector<int *> items_;
};

int g_value;
int *g_last;
int *g_slots[4];
Holder g_holder;
std::vector<int *> g_all;
std::map<std::string, int *> g_byName;
Registry g_registry;
thread_local int *t_last;

extern int *g_external;
Holder *g_holderPtr;
std::unique_ptr<Registry> g_ownedRegistry;

Registry &registryInstance() {
  static Registry instance;
  return instance;
}

namespace app {
int *g_current;
}

struct Config {
  static int *active;
};
int *Config::active = nullptr;

// ===== Positives: globals =====

void storeIntoGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_last = &local;
}

void storeIntoGlobalThroughVariable() {
  int local = 1;
  int *p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  g_last = p;
}

void storeParameterAddressIntoGlobal(int value) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'value' escapes into global variable 'g_last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
  g_last = &value;
}

void storeIntoNamespacedGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_current' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  app::g_current = &local;
}

void storeIntoThreadLocalGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 't_last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  t_last = &local;
}

void storeIntoStaticDataMember() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'active' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  Config::active = &local;
}

void storeIntoGlobalArray() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_slots' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_slots[2] = &local;
}

void storeIntoGlobalStructField() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_holder' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_holder.ptr = &local;
}

void storeIntoGlobalThroughPointerToIt() {
  int local = 1;
  int **slot = &g_last;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  *slot = &local;
}

// Two and three handles deep behind a global: each level is an object of its
// own, so what `**g` is given is not taken to be in `*g`.
struct ListNode {
  ListNode *next;
  const int *value;
  int data;
};
ListNode *g_list;
int ***g_table;
std::vector<int *> **g_queues;

void linkIntoSecondNode() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_list' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_list->next->value = &local;
}

void storeTwoDeep() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_table' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  **g_table = &local;
}

void pushTwoDeep() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_queues' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  (*g_queues)->push_back(&local);
}

void storeTwoDeepFor(int *p) { **g_table = p; }
void storeTwoDeepThroughHelper() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_table' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  storeTwoDeepFor(&local);
}

void linkThenUnlink() {
  int local = 1;
  g_list->next->value = &local;
  for (ListNode *n = g_list; n; n = n->next)
    if (n->value == &local)
      n->value = nullptr;
}

void linkThenRestore() {
  int local = 1;
  const int *saved = g_list->next->value;
  g_list->next->value = &local;
  g_list->next->value = saved;
}

void pushThenPopTwoDeep() {
  int local = 1;
  (*g_queues)->push_back(&local);
  (*g_queues)->pop_back();
}

void freeGlobalList() {
  while (g_list) {
    ListNode *next = g_list->next;
    delete g_list;
    g_list = next;
  }
}

int sumGlobalList() {
  int sum = 0;
  for (const ListNode *n = g_list; n; n = n->next)
    sum += n->data;
  return sum;
}

void pushIntoGlobalVector() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_all' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_all.push_back(&local);
}

void storeIntoGlobalMap(const std::string &name) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_byName' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_byName[name] = &local;
}

void addToGlobalRegistry() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_registry' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_registry.add(&local);
}

void storeIntoExternGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_external' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_external = &local;
}

void storeIntoNewObjectHeldByGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_holderPtr' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_holderPtr = new Holder{&local};
}

void storeIntoObjectPointedToByGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_holderPtr' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_holderPtr->ptr = &local;
}

void addToRegistryOwnedByGlobal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_ownedRegistry' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_ownedRegistry->add(&local);
}

// On the path that stores, the stored value points into the frame.
void lazilyStoreIntoGlobal() {
  int local = 1;
  if (g_last == nullptr)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_last' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    g_last = &local;
}

// A global reference: storing through it stores into what it refers to.
int *&g_slot = *new int *(nullptr);
std::vector<int *> &g_registered = *new std::vector<int *>;

void storeThroughGlobalReference() {
  int local = 1;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_slot' [lifeguard-stack-address-escape]
  g_slot = &local;
}

void pushThroughGlobalReference() {
  int local = 1;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_registered' [lifeguard-stack-address-escape]
  g_registered.push_back(&local);
}

// ===== Positives: function-local statics =====

void storeIntoStaticLocalInitializer() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into static variable 'last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  static int *last = &local;
  g_value = *last;
}

void storeIntoStaticLocalByAssignment() {
  int local = 1;
  static int *last = nullptr;
  if (last != nullptr)
    ++g_value;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into static variable 'last' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  last = &local;
}

void pushIntoStaticLocalVector(int value) {
  static std::vector<int *> seen;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'value' escapes into static variable 'seen' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
  seen.push_back(&value);
}

// The singleton lives in a function-local static of registryInstance().
void addToSingletonRegistry() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into static variable 'instance' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  registryInstance().add(&local);
}

// ===== Negatives =====

// A class template's static member, declared in the class and defined
// outside it, set to a local and cleared before the return (gmock's
// DefaultValue<T&>).
template <typename T> class DefaultRef;
template <typename T> class DefaultRef<T &> {
public:
  static void set(T &value) { address_ = &value; }
  static void clear() { address_ = nullptr; }

private:
  static T *address_;
};
template <typename T> T *DefaultRef<T &>::address_ = nullptr;

void setAndClearTemplateStatic() {
  int n = 1;
  DefaultRef<const int &>::set(n);
  DefaultRef<const int &>::clear();
}

void storeThroughGlobalReferenceThenClear() {
  int local = 1;
  g_slot = &local;
  g_slot = nullptr;
}

void storeGlobalAddressIntoGlobal() { g_last = &g_value; }

void storeStaticLocalAddressIntoGlobal() {
  static int counter = 0;
  g_last = &counter;
}

void storeHeapIntoGlobal() { g_last = new int(5); }

void storeReleasedUniquePtrIntoGlobal() { g_last = std::make_unique<int>(7).release(); }

void storeReferenceParameterAddressIntoGlobal(int &r) { g_last = &r; }

void storePointerParameterIntoGlobal(int *p) { g_last = p; }

void storeValueIntoGlobal() {
  int local = 1;
  g_value = local;
}

void pushGlobalAddressIntoGlobalVector() { g_all.push_back(&g_value); }

void staticPointsToStaticLocal() {
  static int counter = 0;
  static int *p = &counter;
  ++*p;
}

void staticPointsToGlobal() {
  static int *p = &g_value;
  ++*p;
}

void staticCopiesLocalValue(int value) {
  static int copy = value;
  g_value = copy;
}

void pushIntoStaticVectorOfValues(int value) {
  static std::vector<int> seen;
  seen.push_back(value);
}

void localPointerToLocalStaysLocal() {
  int local = 1;
  int *p = &local;
  *p = 2;
  g_value = local;
}

void addGlobalToSingletonRegistry() { registryInstance().add(&g_value); }

// main's locals live until the program exits: a global may point at them.
// (Another function's local of the same shape is reported above.)
struct Settings {
  int width;
};
static Settings *g_override = nullptr;

int main(int argc, char **) {
  Settings custom{1920};
  if (argc > 5)
    g_override = &custom;
  static Settings *s_current = &custom;
  return s_current->width;
}

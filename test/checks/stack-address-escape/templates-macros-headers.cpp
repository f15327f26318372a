// Stack-address escape written through templates, macros and headers.
//
// Positives: a function template instantiated twice (one diagnostic), a
// template identity helper, a class template method storing the address of
// its by-value parameter, a class template registry, a template
// pass-through, an `auto&` template accessor; the escaping statement written
// through macros (address taken in the macro body or in its argument, a
// do { } while (0) macro, one from an included header);
// code in Inputs/escape-helpers.h: an inline function and a function
// template instantiated from here, and helpers from the header that store
// or return a local of this file.
// Negatives: the same templates, macros and header helpers applied to
// globals, statics and containers that do not escape.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "escape-helpers.h"

#include <string>
#include <vector>

// clang-tidy sorts diagnostics by file path, then offset: the header's
// (".../Inputs/escape-helpers.h") come before this file's.
// CHECK: {{.*}}escape-helpers.h:13:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
// CHECK: {{.*}}escape-helpers.h:13:{{[0-9]+}}: note: address of 'local' taken here
// CHECK: {{.*}}escape-helpers.h:32:{{[0-9]+}}: warning: address of parameter 'value' escapes through parameter 'out' [lifeguard-stack-address-escape]
// CHECK: {{.*}}escape-helpers.h:32:{{[0-9]+}}: note: address of 'value' taken here

int g_value;
int *g_published;
std::vector<int *> g_list;
HeaderRegistry g_headerRegistry;

// ===== Templates =====

// Instantiated twice; reported once, in the template.
template <typename T> T *leakTemplateLocal() {
  T local{};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return &local;
}

int *useLeakInt() { return leakTemplateLocal<int>(); }
double *useLeakDouble() { return leakTemplateLocal<double>(); }

template <typename T> const T &pickT(const T &a) { return a; }

const std::string &returnTemplatePickOfLocal() {
  std::string s = "local";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 's' bound here
  return pickT(s);
}

template <typename T> T passThrough(T t) { return t; }

int *returnPassThroughOfAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return passThrough(&local);
}

template <typename T> class Cache {
public:
  void remember(T v) {
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'v' escapes into member 'seen_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'v' taken here
    seen_.push_back(&v);
  }
  void rememberOriginal(const T &v) { seen_.push_back(&v); }

private:
  std::vector<const T *> seen_;
};

void useCache() {
  Cache<int> ints;
  ints.remember(1);
  Cache<std::string> strings;
  strings.remember("a");
  std::string b = "b";
  strings.rememberOriginal(b);
}

template <typename T> class TemplateRegistry {
public:
  void add(T *p) { items_.push_back(p); }

private:
  std::vector<T *> items_;
};

TemplateRegistry<int> g_templateRegistry;

void addLocalToTemplateRegistry() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_templateRegistry' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_templateRegistry.add(&local);
}

template <typename Container> void storeInto(Container &c, int &v) { c.push_back(&v); }

void storeLocalThroughTemplate(std::vector<int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'local' bound here
  storeInto(out, local);
}

template <typename C> auto &firstOf(C &c) { return c[0]; }

int &returnFirstOfLocalVector() {
  std::vector<int> v{1, 2};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'v'{{.*}}
  return firstOf(v);
}

// ===== Macros =====

#define RETURN_ADDRESS_OF(v) return &(v)
#define REMEMBER_IN(container, v) (container).push_back(&(v))
#define PUBLISH(ptr) g_published = (ptr)
#define ADDRESS_OF_COUNTER &counter
#define SAVE_ADDRESS(x)                                                        \
  do {                                                                         \
    g_published = &(x);                                                        \
  } while (0)

int *macroReturnsAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  RETURN_ADDRESS_OF(local);
}

void macroRemembersInOutParameter(std::vector<int *> &out) {
  int local = 2;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  REMEMBER_IN(out, local);
}

void macroPublishesPointer() {
  int local = 3;
  int *p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_published' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  PUBLISH(p);
}

int *macroTakesAddressInBody() {
  int counter = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'counter' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'counter' taken here
  return ADDRESS_OF_COUNTER;
}

void macroDoWhileStoresIntoGlobal() {
  int local = 5;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_published' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  SAVE_ADDRESS(local);
}

void headerMacroStoresIntoGlobal() {
  int local = 4;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_list' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  HEADER_STORE_ADDRESS(g_list, local);
}

// ===== Header helpers =====

void addLocalToHeaderRegistry() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into global variable 'g_headerRegistry' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  g_headerRegistry.add(&local);
}

const std::string &returnHeaderPickOfLocal() {
  std::string s = "local";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 's' bound here
  return headerPick(s);
}

void rememberLocalThroughHeaderTemplate(std::vector<const int *> &out) {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'local' bound here
  headerRememberOriginal(out, local);
}

// Instantiates headerRememberCopy twice: its diagnostic is in the header.
void instantiateHeaderRememberCopy(std::vector<const int *> &ints,
                                   std::vector<const std::string *> &strings) {
  headerRememberCopy(ints, 1);
  headerRememberCopy<std::string>(strings, "s");
}

// ===== Negatives =====

int *templateOnHeap() { return passThrough(new int(1)); }

int *macroReturnsGlobalAddress() { RETURN_ADDRESS_OF(g_value); }

int macroRemembersInLocalVector() {
  int local = 5;
  std::vector<int *> tmp;
  REMEMBER_IN(tmp, local);
  return static_cast<int>(tmp.size());
}

void macroPublishesStatic() {
  static int counter = 0;
  PUBLISH(ADDRESS_OF_COUNTER);
}

void headerMacroStoresGlobalAddress() { HEADER_STORE_ADDRESS(g_list, g_value); }

int *useHeaderStaticAddress() { return headerReturnsStaticAddress(); }

void rememberGlobalThroughHeaderTemplate(std::vector<const int *> &out) {
  headerRememberOriginal(out, g_value);
}

const std::string &returnHeaderPickOfParameter(const std::string &s) { return headerPick(s); }

void addGlobalToTemplateRegistry() { g_templateRegistry.add(&g_value); }

int *callsHeaderFunctionReturningDanglingPointer() { return headerReturnsLocalAddress(); }

void macroDoWhileStoresStatic() {
  static int counter = 0;
  SAVE_ADDRESS(counter);
}

int firstOfParameter(std::vector<int> &v) { return firstOf(v); }

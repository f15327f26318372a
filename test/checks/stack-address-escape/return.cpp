// Stack-address escape through the return value.
//
// Positives: `return &local` and the same address reaching the return through
// intermediate variables, assignments, references, the conditional operator,
// several returns, a switch, aggregates and std::pair, casts, arrays and
// pointer arithmetic, std::addressof, std::ref, std::tie, and by-value
// parameters; returning a reference to a local. With two locals on the
// paths, one warning per local. A heap object returned that holds a local's address
// (`new Label(buf)`, `new Plain{buf}`, through a unique_ptr, and built by
// std::make_unique, whose constructor runs on the new object); an array
// from `new T *[n]` with a local's address stored in it.
// Negatives: addresses of statics, globals and heap memory; members of *this;
// pointer and reference parameters; values copied out of a local; a heap
// object holding a global's address, a copy of a local string, or a local's
// address taken back before the return; `new T *[n]` holding a static's
// address; std::tie of a reference parameter returned, and of locals
// assigned from a pair.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <utility>

int g_value;
struct Point {
  int x;
  int y;
};
struct Holder {
  int *ptr;
};

// ===== Positives =====

int *returnAddressOfLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return &local;
}

int *returnThroughVariable() {
  int local = 1;
  int *p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return p;
}

int *returnThroughChainOfVariables() {
  int local = 1;
  int *p = &local;
  int *q = p;
  auto r = q;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: address of 'local' taken here
  return r;
}

int *returnAfterLaterAssignment() {
  int local = 1;
  int *p;
  p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return p;
}

// The last assignment wins: p first points to a global, then to the local.
int *returnAfterReassignmentToLocal() {
  int local = 1;
  int *p = &g_value;
  p = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return p;
}

int *returnAfterLoopUsingPointer(int n) {
  int local = 0;
  int *p = &local;
  for (int i = 0; i < n; ++i)
    ++*p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: address of 'local' taken here
  return p;
}

int *returnAddressOfField() {
  Point pt{1, 2};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'pt' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'pt' taken here
  return &pt.y;
}

int *returnFieldThroughPointerToLocal() {
  Point pt{1, 2};
  Point *pp = &pt;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'pt' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'pt' taken here
  return &pp->x;
}

// The pointer itself is a local: its address dies with the frame even though
// it points to a global.
int **returnAddressOfLocalPointer() {
  int *p = &g_value;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'p' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'p' taken here
  return &p;
}

int *returnAddressOfByValueParameter(int param) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'param' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'param' taken here
  return &param;
}

int *returnLocalArrayDecayed() {
  int arr[4] = {1, 2, 3, 4};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'arr' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'arr'{{.*}}
  return arr;
}

int *returnAddressOfLocalArrayElement() {
  int arr[4] = {1, 2, 3, 4};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'arr' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'arr'{{.*}}
  return &arr[2];
}

int *returnStdAddressof() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'local'{{.*}}
  return std::addressof(local);
}

const int &returnReferenceToLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'local' bound here
  return local;
}

std::string &returnReferenceToLocalString() {
  std::string s = "frame";
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 's' bound here
  return s;
}

const std::string &returnReferenceToByValueParameter(std::string s) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 's' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 's' bound here
  return s;
}

const int &returnThroughReferenceVariable() {
  int local = 1;
  const int &r = local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: reference to 'local' bound here
  return r;
}

int *returnAddressThroughReferenceVariable() {
  int local = 1;
  int &r = local;
  // The handle comes from binding r to local; &r only reads it.
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: reference to 'local' bound here
  return &r;
}

int *returnConditionalSameLocal(bool c) {
  Point pt{1, 2};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'pt' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'pt' taken here
  return c ? &pt.x : &pt.y;
}

// Every path points into the frame, to one of two locals: one warning for
// each local (same location, so in the order of their messages).
int *returnConditionalTwoLocals(bool c) {
  int a = 1;
  int b = 2;
  // CHECK: :[[@LINE+4]]:{{[0-9]+}}: warning: address of local variable 'a' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: note: address of 'a' taken here
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'b' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'b' taken here
  return c ? &a : &b;
}

int *returnFromEitherBranch(bool c) {
  int a = 1;
  int b = 2;
  if (c)
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'a' escapes through the return value [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'a' taken here
    return &a;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'b' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'b' taken here
  return &b;
}

// Both paths leave p pointing into pt; the note names one of the two sites.
int *returnAfterIfElseAssignments(bool c) {
  Point pt{1, 2};
  int *p = &pt.x;
  if (c)
    p = &pt.y;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'pt' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :{{[0-9]+}}:{{[0-9]+}}: note: address of 'pt' taken here
  return p;
}

Holder returnAggregateHoldingAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return Holder{&local};
}

Holder returnAggregateFilledField() {
  int local = 1;
  Holder h{nullptr};
  h.ptr = &local;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
  return h;
}

std::pair<int *, int> returnBracedPair() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return {&local, 2};
}

std::pair<int *, int> returnMakePair() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return std::make_pair(&local, 2);
}

int *returnParenthesizedAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return (&local);
}

int *returnCastOfAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return static_cast<int *>(static_cast<void *>(&local));
}

char *returnReinterpretedAddress() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
  return reinterpret_cast<char *>(&local);
}

int *returnPointerArithmeticIntoLocalArray() {
  int arr[4] = {1, 2, 3, 4};
  int *p = arr + 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'arr' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: {{.*}}'arr'{{.*}}
  return p;
}

int *returnThroughReferenceToPointer() {
  int local = 1;
  int *p = &local;
  int *&rp = p;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'local' taken here
  return rp;
}

std::reference_wrapper<int> returnStdRefOfLocal() {
  int local = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'local' bound here
  return std::ref(local);
}

int *returnFromSwitch(int k) {
  int a = 1;
  switch (k) {
  case 0:
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'a' escapes through the return value [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'a' taken here
    return &a;
  default:
    return nullptr;
  }
}

std::tuple<int &, int &> tiedLocals() {
  int first = 0, second = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'first' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'second' escapes through the return value [lifeguard-stack-address-escape]
  return std::tie(first, second);
}

int **tableOfLocal(int n) {
  int local = 0;
  int **table = new int *[n];
  table[0] = &local;
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  return table;
}

// ===== Negatives =====

std::tuple<int &> tiedParameter(int &value) { return std::tie(value); }

std::pair<int, int> parsePair();

int unpackIntoLocals() {
  int first, second;
  std::tie(first, second) = parsePair();
  return first + second;
}

int **tableOfGlobal(int n) {
  static int shared = 0;
  int **table = new int *[n];
  table[0] = &shared;
  return table;
}

int *returnAddressOfGlobal() { return &g_value; }

int *returnAddressOfStaticLocal() {
  static int counter = 0;
  return &counter;
}

int *returnStaticArrayElement() {
  static int table[4];
  return &table[2];
}

int *returnHeapPointer() { return new int(1); }

int *returnReleasedUniquePtr() { return std::make_unique<int>(3).release(); }

int *returnHeapThroughVariable() {
  int *p = new int(2);
  return p;
}

int *returnPointerParameter(int *p) { return p; }

const int &returnReferenceParameter(const int &r) { return r; }

int *returnAddressOfReferenceParameter(int &r) { return &r; }

int *returnFieldOfPointerParameter(Point *pt) { return &pt->x; }

const char *returnStringLiteral() {
  const char *s = "literal";
  return s;
}

int returnValueThroughPointer() {
  int local = 1;
  int *p = &local;
  return *p;
}

// *pp reads the value of p, which points to a global.
int *returnPointerLoadedThroughLocal() {
  int *p = &g_value;
  int **pp = &p;
  return *pp;
}

std::string returnCopyOfLocalString() {
  std::string s = "copy";
  return s;
}

Point returnLocalStructByValue() {
  Point pt{1, 2};
  return pt;
}

class Counter {
public:
  int *address() { return &count_; }
  int &reference() { return count_; }
  const std::string &name() const { return name_; }
  Counter *self() { return this; }

private:
  int count_ = 0;
  std::string name_;
};

// Heap objects returned with a local's address inside.
struct Label {
  const char *text;
  explicit Label(const char *t) : text(t) {}
};
struct Plain {
  const char *text;
};
struct Named {
  std::string name;
  explicit Named(const std::string &n) : name(n) {}
};
const char g_title[] = "title";

std::unique_ptr<Label> labelOwned() {
  char buf[8] = "x";
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'buf' escapes through the return value [lifeguard-stack-address-escape]
  return std::unique_ptr<Label>(new Label(buf));
}

std::unique_ptr<Label> labelMade() {
  char buf[8] = "x";
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'buf' escapes through the return value [lifeguard-stack-address-escape]
  return std::make_unique<Label>(buf);
}

Plain *plainNew() {
  char buf[8] = "x";
  // CHECK: :[[@LINE+1]]:10: warning: address of local variable 'buf' escapes through the return value [lifeguard-stack-address-escape]
  return new Plain{buf};
}

std::unique_ptr<Label> labelOfAGlobal() { return std::make_unique<Label>(g_title); }

std::unique_ptr<Named> namedCopy() {
  std::string local = "copy";
  return std::make_unique<Named>(local);
}

Plain *addressTakenBack() {
  char buf[8] = "x";
  Plain *p = new Plain{buf};
  p->text = g_title;
  return p;
}

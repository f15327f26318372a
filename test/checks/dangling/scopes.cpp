// Handles to locals of an inner block used after the block ends, and to
// loop-body locals used after their iteration.
//
// Positives: the address of an inner-block int, struct, array, the c_str()
// and a string_view of an inner-block string, a temporary an inner-block
// reference extends (`const int &r{int(8)};`), used after the block (read,
// member access, copied into a string); a reference obtained from an
// inner-block local; nested blocks; if/else branches whose locals both die
// (one warning per local); a lambda capturing an inner-block local by
// reference called after the block; the address of a range-for loop
// variable or of a loop-body local used in the next iteration, or after the
// loop (also behind a null check, null being only the no-iteration path).
// Negatives: handles used only inside the block; reassigned before use;
// pointing to an outer local, a static or the heap; values copied out; one
// path keeping a live object; the address of a container element
// (a loop variable by reference) kept across iterations.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <functional>
#include <string>
#include <string_view>
#include <vector>

std::string makeString();
int next();

struct Point {
  int x;
  int y;
};

struct Order {
  int id;
  int qty;
};

// ===== Positives: inner blocks =====

int addressOfTemporaryExtendedInInnerBlock() {
  const int *p;
  {
    const int &limit{int(8)};
    p = &limit;
  }
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: use of a temporary of type 'const int' after it went out of scope [lifeguard-dangling]
  return *p;
}

int addressOfInnerBlockVariable() {
  int *p;
  {
    int x = 1;
    p = &x;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'x' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'x' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'x' went out of scope here
  return *p;
}

int memberAccessThroughPointerToInnerBlockStruct() {
  Point *p;
  {
    Point pt{1, 2};
    p = &pt;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'pt' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'pt' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'pt' went out of scope here
  return p->y;
}

int addressOfFieldOfInnerBlockStruct() {
  int *p;
  {
    Point pt{1, 2};
    p = &pt.x;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'pt' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'pt' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'pt' went out of scope here
  return *p;
}

int innerBlockArrayDecayed() {
  int *p;
  {
    int arr[3] = {1, 2, 3};
    p = arr;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'arr' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}}'arr'{{.*}}
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'arr' went out of scope here
  return p[1];
}

char cStrOfInnerBlockString() {
  const char *p;
  {
    std::string s = makeString();
    p = s.c_str();
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 's' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: pointer into 's' obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 's' went out of scope here
  return p[0];
}

std::string viewOfInnerBlockStringCopiedAfterBlock() {
  std::string_view v;
  {
    std::string s = makeString();
    v = s;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 's' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: pointer into 's' obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 's' went out of scope here
  std::string copy(v);
  return copy;
}

std::size_t pointerToInnerBlockStringMemberCall() {
  const std::string *p;
  {
    std::string s = makeString();
    p = &s;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 's' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 's' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 's' went out of scope here
  return p->size();
}

int pointerFromReferenceToInnerBlockVariable() {
  const int *p;
  {
    int x = 5;
    const int &r = x;
    p = &r;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'x' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: reference to 'x' bound here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'x' went out of scope here
  return *p;
}

int nestedBlocks() {
  int result = 0;
  {
    int *p;
    {
      int inner = 2;
      p = &inner;
    }
    // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'inner' after it went out of scope [lifeguard-dangling]
    // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'inner' taken here
    // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'inner' went out of scope here
    result = *p;
  }
  return result;
}

// Every path leaves p pointing to a dead local: one warning per local (same
// location, so in the order of their messages).
int bothBranchesPointToInnerBlockLocals(bool c) {
  int *p;
  if (c) {
    int a = 1;
    p = &a;
  } else {
    int b = 2;
    p = &b;
  }
  // CHECK: :[[@LINE+6]]:{{[0-9]+}}: warning: use of local variable 'a' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: address of 'a' taken here
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: 'a' went out of scope here
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'b' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: address of 'b' taken here
  // CHECK: :[[@LINE-6]]:{{[0-9]+}}: note: 'b' went out of scope here
  return *p;
}

int lambdaCapturingInnerBlockVariableCalledAfterBlock() {
  std::function<int()> get;
  {
    int x = 42;
    get = [&x] { return x; };
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'x' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'x' captured by reference here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'x' went out of scope here
  return get();
}

// ===== Positives: loops =====

// previous points to the loop variable of the last iteration, which died at
// the end of that iteration (the new `o` is another object).
int loopVariableAddressUsedInNextIteration(const std::vector<Order> &orders) {
  int total = 0;
  const Order *previous;
  bool first = true;
  for (Order o : orders) {
    if (!first)
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'o' after it went out of scope [lifeguard-dangling]
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: note: address of 'o' taken here
      // CHECK: :[[@LINE+4]]:{{[0-9]+}}: note: 'o' went out of scope here
      total += previous->qty;
    previous = &o;
    first = false;
  }
  return total;
}

int loopBodyLocalAddressUsedInNextIteration(const std::vector<int> &values) {
  int total = 0;
  const int *previous;
  bool first = true;
  for (int v : values) {
    if (!first)
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'doubled' after it went out of scope [lifeguard-dangling]
      // CHECK: :[[@LINE+4]]:{{[0-9]+}}: note: address of 'doubled' taken here
      // CHECK: :[[@LINE+5]]:{{[0-9]+}}: note: 'doubled' went out of scope here
      total += *previous;
    int doubled = v * 2;
    previous = &doubled;
    first = false;
  }
  return total;
}

// The local of the last iteration is re-declared before the use: it is
// still another object than the one previous points to.
int loopBodyLocalRedeclaredBeforeUseInNextIteration(int n) {
  int total = 0;
  const int *previous;
  for (int i = 0; i < n; ++i) {
    int current = next();
    if (i > 0)
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'current' after it went out of scope [lifeguard-dangling]
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: note: address of 'current' taken here
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: note: 'current' went out of scope here
      total += *previous - current;
    previous = &current;
  }
  return total;
}

int loopBodyLocalAddressUsedAfterLoop(const std::vector<int> &values) {
  const int *last;
  for (int v : values) {
    int squared = v * v;
    last = &squared;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'squared' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'squared' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'squared' went out of scope here
  return *last;
}

// best is null only when the loop did not run; *best is reached only when
// it is not null, and then it points to a dead local.
int nullCheckedPointerToLoopBodyLocal(const std::vector<int> &values) {
  const int *best = nullptr;
  for (int v : values) {
    int squared = v * v;
    best = &squared;
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'squared' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'squared' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'squared' went out of scope here
  return best ? *best : 0;
}

int loopVariableAddressStoredInVectorUsedAfterLoop(const std::vector<Order> &orders) {
  std::vector<const Order *> seen;
  for (Order o : orders) {
    seen.push_back(&o);
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'o' after it went out of scope [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'o' taken here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: 'o' went out of scope here
  return seen.front()->qty;
}

// The condition of a do-while is outside the body's scope.
int doWhileConditionReadsBodyLocal() {
  const int *last;
  int count = 0;
  do {
    int value = next();
    last = &value;
    ++count;
    // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'value' after it went out of scope [lifeguard-dangling]
    // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: address of 'value' taken here
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'value' went out of scope here
  } while (*last > 0);
  return count;
}

// ===== Negatives =====

int pointerUsedOnlyInsideBlock() {
  int result;
  {
    int x = 3;
    int *p = &x;
    result = *p;
  }
  return result;
}

int pointerReassignedToOuterBeforeUse() {
  int outer = 0;
  int *p;
  {
    int x = 1;
    p = &x;
    *p += 1;
  }
  p = &outer;
  return *p;
}

int pointerToOuterAssignedInBlock() {
  int outer = 7;
  int *p;
  {
    p = &outer;
  }
  return *p;
}

int pointerToStaticInBlock() {
  int *p;
  {
    static int counter = 0;
    p = &counter;
  }
  return *p;
}

int pointerToHeapAllocatedInBlock() {
  int *p;
  {
    p = new int(3);
  }
  int value = *p;
  delete p;
  return value;
}

int valueCopiedOutOfBlock() {
  int copy;
  {
    int x = 4;
    int *p = &x;
    copy = *p;
  }
  return copy;
}

std::string stringCopiedOutOfBlock() {
  std::string copy;
  {
    std::string s = makeString();
    std::string_view v = s;
    copy = std::string(v);
  }
  return copy;
}

int onlyOnePathPointsIntoBlock(bool c) {
  int outer = 0;
  int *p = &outer;
  if (c) {
    int x = 1;
    p = &x;
  }
  return *p;
}

int loopBodyPointerUsedInSameIteration(const std::vector<int> &values) {
  int total = 0;
  for (int v : values) {
    int squared = v * v;
    const int *p = &squared;
    total += *p;
  }
  return total;
}

// o refers to an element of orders, which outlives the loop.
int loopReferenceVariableAddressUsedInNextIteration(const std::vector<Order> &orders) {
  int total = 0;
  const Order *previous;
  bool first = true;
  for (const Order &o : orders) {
    if (!first)
      total += previous->qty;
    previous = &o;
    first = false;
  }
  return total;
}

int pointerReassignedInEveryIterationBeforeUse(const std::vector<int> &values) {
  int total = 0;
  const int *p;
  for (int v : values) {
    int local = v + 1;
    p = &local;
    total += *p;
  }
  return total;
}

int lambdaCapturingInnerBlockVariableCalledInsideBlock() {
  int result;
  {
    int x = 42;
    std::function<int()> get = [&x] { return x; };
    result = get();
  }
  return result;
}

int blockLocalPointerReplacedByOuterBeforeSecondUse(bool c) {
  int outer = 2;
  const int *p = &outer;
  {
    int tmp = 3;
    p = &tmp;
    outer += *p;
  }
  p = &outer;
  return *p + (c ? 1 : 0);
}

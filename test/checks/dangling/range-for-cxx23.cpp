// Range-based for in C++23 (P2718R0): every temporary of the
// range-initializer lives until the end of the loop, so the loops that
// dangle before C++23 (range-for.cpp) are fine here.
//
// Negatives: a getter of a temporary returning a reference, a view, a map;
// an element of a temporary container; std::move of a temporary; a helper
// returning its argument.
// Positives (the check is active, and the rule is only for the
// range-initializer): a temporary in the loop body and a string_view bound
// to a returned string, both outside any range-initializer.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++23 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

std::string makeString();
std::vector<int> makeVector();
std::vector<std::vector<int>> makeNested();

struct Inventory {
  const std::vector<int> &items() const { return counts; }
  const std::map<std::string, int> &entries() const { return byName; }
  std::string_view name() const { return title; }

  std::vector<int> counts;
  std::map<std::string, int> byName;
  std::string title;
};
Inventory makeInventory();

const std::vector<int> &passThrough(const std::vector<int> &v) { return v; }

// ===== Negatives: extended to the end of the loop =====

int rangeOverReferenceGetterOfTemporary() {
  int sum = 0;
  for (auto &x : makeInventory().items())
    sum += x;
  return sum;
}

int rangeByValueOverReferenceGetterOfTemporary() {
  int sum = 0;
  for (int x : makeInventory().items())
    sum += x;
  return sum;
}

int rangeOverViewGetterOfTemporary() {
  int count = 0;
  for (char c : makeInventory().name())
    count += c == 'a';
  return count;
}

int rangeOverMapGetterOfTemporaryWithStructuredBinding() {
  int total = 0;
  for (const auto &[name, count] : makeInventory().entries())
    total += count;
  return total;
}

int rangeOverSubscriptOfTemporaryContainer() {
  int sum = 0;
  for (int x : makeNested()[0])
    sum += x;
  return sum;
}

int rangeOverFrontOfTemporaryContainer() {
  int sum = 0;
  for (int x : makeNested().front())
    sum += x;
  return sum;
}

int rangeOverMovedTemporary() {
  int sum = 0;
  for (int x : std::move(makeVector()))
    sum += x;
  return sum;
}

int rangeOverHelperReturningItsArgument() {
  int sum = 0;
  for (int x : passThrough(makeVector()))
    sum += x;
  return sum;
}

int rangeOverTemporaryVector() {
  int sum = 0;
  for (auto &x : makeVector())
    sum += x;
  return sum;
}

// ===== Positives: not in a range-initializer =====

int temporaryInLoopBody() {
  int total = 0;
  for (int x : makeInventory().items()) {
    const char *p = makeString().c_str();
    // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
    // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
    // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
    total += x + p[0];
  }
  return total;
}

char stringViewOfReturnedString() {
  std::string_view v = makeString();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::string'{{.*}} after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  return v[0];
}

// Range-based for over something inside a temporary, before C++23: only the
// range-initializer's own result is lifetime-extended (bound to the hidden
// `auto&& __range`); a temporary it was obtained from dies at the end of the
// range-initializer, before the first iteration. Run as C++17 and C++20.
//
// Positives: `for (auto& x : make().items())` (a getter returning a
// reference into the temporary), a getter returning a view into it, a map
// getter iterated with structured bindings, an element of a temporary
// container (operator[], front()), std::move of a temporary, a helper that
// returns its reference argument. Each loop is one warning, at its range
// expression: the loop is written on one line where the body does not use
// the element by reference.
// Negatives: the temporary container itself (`for (auto& x :
// makeVector())`), a temporary with begin()/end(), a getter returning by
// value, a data member of a temporary (member access extends), a named or
// extended object, a braced list, a view of a literal; C++20 init-statement.
// The C++23 rules are in range-for-cxx23.cpp.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++20 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

std::vector<int> makeVector();
std::vector<std::vector<int>> makeNested();

struct Inventory {
  const std::vector<int> &items() const { return counts; }
  std::vector<int> itemsCopy() const { return counts; }
  const std::map<std::string, int> &entries() const { return byName; }
  std::string_view name() const { return title; }
  std::vector<int>::const_iterator begin() const { return counts.begin(); }
  std::vector<int>::const_iterator end() const { return counts.end(); }

  std::vector<int> counts;
  std::map<std::string, int> byName;
  std::string title;
};
Inventory makeInventory();

const std::vector<int> &passThrough(const std::vector<int> &v) { return v; }

// ===== Positives =====

// The loop of the issue: x refers into the dead Inventory's vector.
int rangeOverReferenceGetterOfTemporary() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Inventory' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (auto &x : makeInventory().items()) sum += x;
  return sum;
}

// The same with a body on its own lines: still one warning, at the range.
int rangeOverReferenceGetterOfTemporaryMultiLineBody() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Inventory' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (const auto &x : makeInventory().items()) {
    sum += x;
  }
  return sum;
}

int rangeByValueOverReferenceGetterOfTemporary() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Inventory' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (int x : makeInventory().items()) sum += x;
  return sum;
}

// The string_view range itself is extended; the Inventory it views is not.
int rangeOverViewGetterOfTemporary() {
  int count = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Inventory' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (char c : makeInventory().name()) count += c == 'a';
  return count;
}

int rangeOverMapGetterOfTemporaryWithStructuredBinding() {
  int total = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'Inventory' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (const auto &[name, count] : makeInventory().entries()) total += count;
  return total;
}

int rangeOverSubscriptOfTemporaryContainer() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<std::vector<int>>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (int x : makeNested()[0]) sum += x;
  return sum;
}

int rangeOverFrontOfTemporaryContainer() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<std::vector<int>>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: pointer into the temporary obtained here
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (int x : makeNested().front()) sum += x;
  return sum;
}

// std::move returns a reference: __range binds to it, not to the prvalue.
int rangeOverMovedTemporary() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type 'std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (int x : std::move(makeVector())) sum += x;
  return sum;
}

int rangeOverHelperReturningItsArgument() {
  int sum = 0;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of a temporary of type '{{(const )?}}std::vector<int>' after it was destroyed at the end of the full-expression [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: {{.*}}the temporary{{.*}}
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: the temporary was destroyed at the end of this full-expression
  for (int x : passThrough(makeVector())) sum += x;
  return sum;
}

// ===== Negatives =====

int rangeOverTemporaryVector() {
  int sum = 0;
  for (auto &x : makeVector())
    sum += x;
  return sum;
}

int rangeOverTemporaryNestedVector() {
  int sum = 0;
  for (const auto &row : makeNested())
    for (int x : row)
      sum += x;
  return sum;
}

// Inventory has begin()/end(): the temporary itself is the range.
int rangeOverTemporaryWithBeginEnd() {
  int sum = 0;
  for (int x : makeInventory())
    sum += x;
  return sum;
}

int rangeOverGetterReturningByValue() {
  int sum = 0;
  for (const auto &x : makeInventory().itemsCopy())
    sum += x;
  return sum;
}

// Member access on a prvalue: the whole Inventory is extended.
int rangeOverDataMemberOfTemporary() {
  int sum = 0;
  for (const auto &x : makeInventory().counts)
    sum += x;
  return sum;
}

int rangeOverGetterOfNamedObject() {
  Inventory inv = makeInventory();
  int sum = 0;
  for (const auto &x : inv.items())
    sum += x;
  return sum;
}

int rangeOverGetterOfExtendedTemporary() {
  const Inventory &inv = makeInventory();
  int sum = 0;
  for (const auto &x : inv.items())
    sum += x;
  return sum;
}

int rangeOverBracedList() {
  int sum = 0;
  for (int x : {1, 2, 3})
    sum += x;
  return sum;
}

int rangeOverViewOfLiteral() {
  int count = 0;
  for (char c : std::string_view("banana"))
    count += c == 'a';
  return count;
}

int temporaryUsedOnlyInsideTheBody(const std::vector<int> &v) {
  int sum = 0;
  for (int x : v)
    sum += x + static_cast<int>(makeInventory().items().size());
  return sum;
}

#if __cplusplus >= 202002L
int rangeOverGetterOfInitStatementObject() {
  int sum = 0;
  for (auto inv = makeInventory(); const auto &x : inv.items())
    sum += x;
  return sum;
}
#endif

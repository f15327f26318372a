// Stack-address escape of std::span over local storage (C++20).
//
// Positives: a span of a local std::vector, std::array or C array (implicit
// conversion, explicit construction, class template argument deduction,
// through a variable, subspan of such a span), or of a by-value vector
// parameter, returned, stored into a member, a global or a span
// out-parameter.
// Negatives: spans of reference parameters, statics and members; subspans
// of span parameters; values copied out of a span of a local.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++20 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <array>
#include <span>
#include <vector>

std::vector<int> loadNumbers();

std::span<const int> g_span;

// ===== Positives =====

std::span<int> returnSpanOfLocalVector() {
  std::vector<int> v = loadNumbers();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return v;
}

std::span<int> returnExplicitSpanOfLocalVector() {
  std::vector<int> v = loadNumbers();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return std::span<int>(v);
}

std::span<const int> returnDeducedSpanOfLocalVector() {
  std::vector<int> v = loadNumbers();
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return std::span(v);
}

std::span<int> returnSpanThroughVariable() {
  std::vector<int> v = loadNumbers();
  std::span<int> s = v;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return s;
}

std::span<int> returnSubspanOfSpanOfLocal() {
  std::vector<int> v = loadNumbers();
  std::span<int> s{v};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return s.subspan(1);
}

std::span<int> returnSpanOfLocalStdArray() {
  std::array<int, 3> a{1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'a' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'a' obtained here
  return a;
}

std::span<int> returnSpanOfLocalCArray() {
  int arr[3] = {1, 2, 3};
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'arr' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'arr'{{.*}}
  return arr;
}

std::span<int> returnSpanOfByValueParameter(std::vector<int> v) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'v' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  return v;
}

class Buffer {
public:
  void attachLocal() {
    std::vector<int> tmp(8);
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'tmp' escapes into member 'view_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'tmp' obtained here
    view_ = tmp;
  }

  // ===== Negatives (members) =====

  void attachMember() { view_ = storage_; }
  void attachReferenceParameter(const std::vector<int> &v) { view_ = v; }
  std::span<const int> viewOfMember() const { return storage_; }

private:
  std::vector<int> storage_;
  std::span<const int> view_;
};

void storeSpanInGlobal() {
  std::vector<int> v(4);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes into global variable 'g_span' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  g_span = v;
}

void storeSpanThroughOutParameter(std::span<int> &out) {
  std::vector<int> v(2);
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'v' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: pointer into 'v' obtained here
  out = v;
}

// ===== Negatives =====

std::span<int> returnSpanOfReferenceParameter(std::vector<int> &v) { return v; }

std::span<const int> returnSpanOfStaticVector() {
  static std::vector<int> v = loadNumbers();
  return v;
}

std::span<int> returnSubspanOfSpanParameter(std::span<int> s) { return s.subspan(1); }

std::vector<int> returnVectorCopiedFromSpanOfLocal() {
  std::vector<int> v = loadNumbers();
  std::span<int> s = v;
  return std::vector<int>(s.begin(), s.end());
}

int sumThroughSpanOfLocal() {
  std::vector<int> v = loadNumbers();
  std::span<const int> s = v;
  int total = 0;
  for (int x : s)
    total += x;
  return total;
}

// Stack-address escape through lambdas and std::function.
//
// Positives: a lambda that refers to a local -- captured by reference ([&],
// [&x]), a pointer to a local captured by copy ([=], [p]), an init-capture
// of an address ([p = &x]) or a reference ([&r = x]), [=, &x], generic
// lambdas, [this] of a stack object -- that is returned (as the closure type
// or std::function), stored in a global, a member, or a parameter
// std::function, pushed into a container of std::function, or handed to a
// registration helper that stores it; the result of an immediately invoked
// [&] lambda returning &x.
// Negatives: by-value captures of values; by-reference lambdas only called
// (directly, through a local std::function, by a standard algorithm) before
// the frame ends; captures of reference parameters, statics and globals;
// [&] lambdas that use no local; [this] of a heap object; a lambda that
// returns a reference to its own init-capture (the closure holds it), whose
// twin returning a reference to a local of the lambda's body is reported.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

int g_value;
std::function<void()> g_onExit;
std::vector<std::function<void()>> g_handlers;

// ===== Positives: returned =====

auto returnClosureCapturingAllByReference() {
  int count = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'count' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: 'count' captured by reference here
  return [&] {
    return ++count;
  };
}

std::function<int()> returnStdFunctionCapturingAllByReference() {
  int count = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'count' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: note: 'count' captured by reference here
  return [&]() {
    int before = g_value;
    return before + ++count;
  };
}

std::function<int()> returnStdFunctionCapturingExplicitReference() {
  int count = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'count' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'count' captured by reference here
  return [&count]() {
    return ++count;
  };
}

std::function<int()> returnStdFunctionThroughVariable() {
  int count = 0;
  std::function<int()> f = [&] { return ++count; };
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'count' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: 'count' captured by reference here
  return f;
}

std::function<int()> returnAutoClosureThroughVariable() {
  std::string name = "n";
  auto f = [&name] { return static_cast<int>(name.size()); };
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'name' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: 'name' captured by reference here
  return f;
}

std::function<int()> returnClosureCapturingByValueParameterByReference(int seed) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'seed' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'seed' captured by reference here
  return [&] { return seed + 1; };
}

std::function<int()> returnCopyCaptureOfPointerToLocal() {
  int value = 1;
  int *p = &value;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'value' taken here
  return [=] { return *p; };
}

std::function<int()> returnExplicitCopyCaptureOfPointerToLocal() {
  int value = 1;
  int *p = &value;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'value' taken here
  return [p] { return *p; };
}

std::function<int()> returnInitCaptureOfAddress() {
  int value = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
  return [p = &value] { return *p; };
}

std::function<int()> returnInitCaptureOfReference() {
  int value = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'value'{{.*}}
  return [&r = value] { return r; };
}

std::function<int(int)> returnGenericClosureCapturingAllByReference() {
  int offset = 3;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'offset' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'offset' captured by reference here
  return [&](auto v) { return v + offset; };
}

std::function<int()> returnMixedCaptureDefaults() {
  int base = 1;
  int total = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'total' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'total' captured by reference here
  return [=, &total] { return base + ++total; };
}

int *returnImmediatelyInvokedClosureResult() {
  int x = 1;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'x' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'x'{{.*}}
  return [&] { return &x; }();
}

struct Counter {
  int n = 0;
  // Silent here: *this is whatever object the caller has.
  std::function<void()> incrementer() {
    return [this] { ++n; };
  }
};

std::function<void()> returnThisCaptureOfStackObject() {
  Counter c;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'c' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'c'{{.*}}
  return c.incrementer();
}

// ===== Positives: stored =====

void storeClosureInGlobal() {
  int status = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'status' escapes into global variable 'g_onExit' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: 'status' captured by reference here
  g_onExit = [&] {
    ++status;
  };
}

void storeNamedClosureInGlobal() {
  int status = 0;
  auto f = [&status] { ++status; };
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'status' escapes into global variable 'g_onExit' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: 'status' captured by reference here
  g_onExit = f;
}

void pushClosureIntoGlobalVector() {
  int hits = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'hits' escapes into global variable 'g_handlers' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'hits' captured by reference here
  g_handlers.push_back([&hits] { ++hits; });
}

void storeClosureThroughParameter(std::function<void()> &out) {
  int n = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'n' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'n' captured by reference here
  out = [&n] { ++n; };
}

void pushClosureThroughParameter(std::vector<std::function<int()>> &out) {
  int value = 3;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'value' escapes through parameter 'out' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
  out.emplace_back([p = &value] { return *p; });
}

void onEvent(std::function<void()> cb) { g_handlers.push_back(std::move(cb)); }

void registerHandlerCapturingLocal() {
  int fired = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'fired' escapes into global variable 'g_handlers' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'fired' captured by reference here
  onEvent([&fired] { ++fired; });
}

struct Timer {
  int ticks = 0;
  // Silent here: *this is whatever object the caller has.
  void arm() {
    g_onExit = [this] { ++ticks; };
  }
};

void armStackTimer() {
  Timer t;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 't' escapes into global variable 'g_onExit' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: {{.*}}'t'{{.*}}
  t.arm();
}

class Button {
public:
  void setHandlerCapturingLocal() {
    int clicks = 0;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'clicks' escapes into member 'onClick_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: note: 'clicks' captured by reference here
    onClick_ = [&] {
      ++clicks;
    };
  }

  void addListenerCapturingLocal() {
    std::string label = "ok";
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'label' escapes into member 'listeners_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'label' captured by reference here
    listeners_.push_back([&label] { g_value += static_cast<int>(label.size()); });
  }

  void setHandlerCapturingParameterByReference(int id) {
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'id' escapes into member 'onClick_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'id' captured by reference here
    onClick_ = [&id] { g_value = id; };
  }

  // ===== Negatives (members) =====

  void setHandlerCapturingThis() {
    onClick_ = [this] { ++presses_; };
  }
  void setHandlerCapturingLocalByValue() {
    int clicks = 0;
    onClick_ = [clicks]() mutable { ++clicks; };
  }
  void setHandlerCapturingMemberByReference() {
    onClick_ = [&] { ++presses_; };
  }

private:
  int presses_ = 0;
  std::function<void()> onClick_;
  std::vector<std::function<void()>> listeners_;
};

// ===== Negatives =====

std::function<int()> returnClosureCapturingAllByValue() {
  int count = 0;
  return [=] { return count + 1; };
}

std::function<int()> returnClosureCapturingExplicitCopy() {
  int count = 0;
  return [count]() mutable { return ++count; };
}

std::function<int()> returnInitCaptureOfCopy() {
  std::string name = "a";
  return [n = name] { return static_cast<int>(n.size()); };
}

std::function<int()> returnInitCaptureOfMovedString() {
  std::string s = "x";
  return [s = std::move(s)] { return static_cast<int>(s.size()); };
}

std::function<int()> returnClosureCapturingReferenceParameter(const int &limit) {
  return [&limit] { return limit; };
}

std::function<int()> returnClosureCapturingPointerParameter(int *p) {
  return [p] { return *p; };
}

std::function<int()> returnClosureCapturingPointerToStatic() {
  static int counter = 0;
  int *p = &counter;
  return [p] { return *p; };
}

std::function<int()> returnByReferenceClosureUsingOnlyStaticsAndGlobals() {
  static int counter = 0;
  int unused = 0;
  (void)unused;
  return [&] { return ++counter + g_value; };
}

std::function<void()> returnThisCaptureOfHeapObject() {
  Counter *c = new Counter;
  return c->incrementer();
}

int callByReferenceClosureLocally() {
  int total = 0;
  auto add = [&](int v) { total += v; };
  add(1);
  add(2);
  return total;
}

int callLocalStdFunction() {
  int n = 0;
  std::function<void()> f = [&] { ++n; };
  f();
  return n;
}

int byReferenceClosureInForEach(const std::vector<int> &v) {
  int sum = 0;
  std::for_each(v.begin(), v.end(), [&](int x) { sum += x; });
  return sum;
}

int byReferenceComparatorInSort(std::vector<int> &v) {
  int calls = 0;
  std::sort(v.begin(), v.end(), [&](int a, int b) {
    ++calls;
    return a < b;
  });
  return calls;
}

void storeByValueClosureInGlobal() {
  int n = 3;
  g_onExit = [n] { g_value = n; };
}

void storeClosureCapturingGlobalInGlobal() {
  g_onExit = [] { ++g_value; };
}

void armHeapTimer() {
  Timer *t = new Timer;
  t->arm();
}

void registerHandlerCapturingByValue() {
  int fired = 0;
  onEvent([fired] { g_value = fired; });
}

std::size_t memoizedLength() {
  auto Cached = [Text = std::string("a string longer than the small buffer")]()
      -> const std::string & { return Text; };
  return Cached().size();
}

std::size_t localOfTheLambda() {
  auto Make = []() -> const std::string & {
    std::string Text = "a string longer than the small buffer";
    return Text;
    // CHECK: :[[@LINE-1]]:12: warning: address of local variable 'Text' escapes through the return value [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE-2]]:12: note: reference to 'Text' bound here
  };
  return Make().size();
}

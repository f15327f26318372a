// Closures hold each of their captures for certain: a lambda that captures
// a local by reference escapes through it whatever else it captures
// (`this`, a global, a parameter).
//
// Negatives: a lambda capturing only `this` and values; a by-reference
// lambda stored and cleared again before return.

// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <functional>

int g_counter;

class Scheduler {
public:
  void scheduleWithThis() {
    int retries = 0;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'retries' escapes into member 'task_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'retries' captured by reference here
    task_ = [&] { bump(retries); };
  }

  void scheduleWithGlobalAndParam(int &outer) {
    int local = 0;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'task_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'local' captured by reference here
    task_ = [&] { g_counter += local + outer; state_ = 0; };
  }

  std::function<void()> returnMixed() {
    int local = 0;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: 'local' captured by reference here
    return [&] { bump(local); };
  }

  void onlyThisAndValues() {
    int copy = 3;
    task_ = [this, copy]() mutable { bump(copy); };
  }

  void clearedBeforeReturn() {
    int local = 0;
    task_ = [&] { bump(local); };
    task_();
    task_ = nullptr;
  }

private:
  void bump(int &v) { v += state_; }
  std::function<void()> task_;
  int state_ = 1;
};

// An address stored where it outlives the frame and taken out again on some
// paths only: a pop under a branch, a pop in a loop that may not run, a
// member reset under a condition, a method whose loop pops. The clang-tidy
// check reports what holds on every path, so it is silent on them; the
// analyzer checker reports the path that keeps the address. Where the
// caller's argument makes the loop pop on every path (`untrackLast(1)`),
// both are silent.
//
// The twins that warn in both: an address stored again after the maybe-pop,
// and one stored next to a different one that is popped.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s

#include <vector>

struct World {
  std::vector<int *> active;
  int *current = nullptr;
  void track(int *p) { active.push_back(p); }
  void untrackIf(bool c) {
    if (c)
      active.pop_back();
  }
  void untrackLast(int n) {
    while (n-- > 0 && !active.empty())
      active.pop_back();
  }
};

void popUnderBranch(World &w, bool c) {
  int local = 3;
  w.active.push_back(&local);
  if (c) // expected-warning{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{Assuming 'c' is false}} expected-note{{Taking false branch}}
    w.active.pop_back();
}

void popInLoopThatMayNotRun(World &w, int n) {
  int local = 3;
  w.active.push_back(&local);
  for (int i = 0; i < n; ++i) // expected-warning{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{Assuming 'i' is >= 'n'}} expected-note{{Loop condition is false. Execution jumps to the end of the function}}
    w.active.pop_back();
}

void resetUnderBranch(World &w, bool done) {
  int local = 3;
  w.current = &local; // expected-note{{'current' now points to local variable 'local'}}
  if (done) // expected-warning{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{Assuming 'done' is false}} expected-note{{Taking false branch}}
    w.current = nullptr;
}

void methodMayPop(World &w, bool c) {
  int local = 3;
  w.track(&local);
  w.untrackIf(c); // expected-warning{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{address of local variable 'local' escapes through parameter 'w'}}
}

void methodLoopPopsOnce(World &w) {
  int local = 3;
  w.track(&local);
  w.untrackLast(1);
}

void methodLoopPopsNothing(World &w) {
  int local = 3;
  w.track(&local);
  w.untrackLast(0); // expected-warning{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{address of local variable 'local' escapes through parameter 'w'}}
}

void storedAgainAfterMaybePop(World &w, bool c) {
  int local = 3;
  w.active.push_back(&local);
  if (c) // expected-note{{Assuming 'c' is false}} expected-note{{Taking false branch}}
    w.active.pop_back();
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'local' escapes through parameter 'w' [lifeguard-stack-address-escape]
  w.active.push_back(&local); // expected-warning{{address of local variable 'local' escapes through parameter 'w'}} expected-note{{address of local variable 'local' escapes through parameter 'w'}}
}

void otherAddressStoredAfterMaybePop(World &w, bool c) {
  int first = 1, second = 2;
  w.track(&first);
  w.untrackIf(c);
  // CHECK: :[[@LINE+1]]:3: warning: address of local variable 'second' escapes through parameter 'w' [lifeguard-stack-address-escape]
  w.track(&second); // expected-warning{{address of local variable 'second' escapes through parameter 'w'}} expected-note{{address of local variable 'second' escapes through parameter 'w'}}
}

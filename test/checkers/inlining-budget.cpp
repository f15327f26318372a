// lifeguard.InliningBudget: a path that enters an inlined call deeper than
// MaxInlinedFrames (32 by default) ends there, and nothing past it is
// reported; within the budget the same bug is found. The option is bounded.
//
// RUN: %analyze -std=c++17 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.InliningBudget:MaxInlinedFrames=64 %s 2>&1 | FileCheck %s --check-prefixes=CHECK,DEEPER --implicit-check-not=warning:
// RUN: %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.InliningBudget:MaxInlinedFrames=4 %s 2>&1 | FileCheck %s --check-prefix=SHALLOWER --implicit-check-not=warning:
//
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.InliningBudget:MaxInlinedFrames=0 %s 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.InliningBudget:MaxInlinedFrames=1025 %s 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.InliningBudget:MaxInlinedFrames=deep %s 2>&1 | FileCheck %s --check-prefix=INVALID
// INVALID: error: invalid input for checker option 'lifeguard.InliningBudget:MaxInlinedFrames', that expects an integer from 1 to 1024{{$}}

int *Published;

// Each Relay<N> is a function of its own, inlined into its caller: Relay<N>
// publishes its argument N inlined calls deep.
template <int N> struct Relay {
  static void pass(int *P) { Relay<N - 1>::pass(P); }
};
template <> struct Relay<0> {
  static void pass(int *P) { Published = P; }
};

void withinTheBudget() {
  int Local = 0;
  Relay<8>::pass(&Local);
  // CHECK: inlining-budget.cpp:[[@LINE-1]]:3: warning: address of local variable 'Local' escapes into global variable 'Published' [lifeguard.StackAddressEscape]
}

void pastTheBudget() {
  int Local = 0;
  Relay<40>::pass(&Local);
  // DEEPER: inlining-budget.cpp:[[@LINE-1]]:3: warning: address of local variable 'Local' escapes into global variable 'Published' [lifeguard.StackAddressEscape]
}

// What the path did before the call that ran out of budget is analysed.
int readBeforeTheCall() {
  int *P = nullptr;
  {
    int Inner = 1;
    P = &Inner;
  }
  int Read = *P;
  // CHECK: inlining-budget.cpp:[[@LINE-1]]:14: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
  // SHALLOWER: inlining-budget.cpp:[[@LINE-2]]:14: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
  Relay<40>::pass(nullptr);
  return Read;
}

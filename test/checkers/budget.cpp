// lifeguard.Budget: a path that enters an inlined call deeper than
// MaxInlinedFrames (32 by default) ends there, and nothing past it is
// reported; a function with more than MaxLiveVariables (1024) variables
// live at the end of one block is not analysed. Within the budgets the same
// bugs are found. The options are bounded.
//
// RUN: %analyze -std=c++17 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxInlinedFrames=64 %s 2>&1 | FileCheck %s --check-prefixes=CHECK,DEEPER --implicit-check-not=warning:
// RUN: %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxInlinedFrames=4 %s 2>&1 | FileCheck %s --check-prefix=SHALLOWER --implicit-check-not=warning:
//
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxInlinedFrames=0 %s 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxInlinedFrames=1025 %s 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxInlinedFrames=deep %s 2>&1 | FileCheck %s --check-prefix=INVALID
// INVALID: error: invalid input for checker option 'lifeguard.Budget:MaxInlinedFrames', that expects an integer from 1 to 1024{{$}}
//
// RUN: %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxLiveVariables=16 %s 2>&1 | FileCheck %s --check-prefix=FEWER --implicit-check-not=warning:
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxLiveVariables=15 %s 2>&1 | FileCheck %s --check-prefix=INVALID-LIVE
// INVALID-LIVE: error: invalid input for checker option 'lifeguard.Budget:MaxLiveVariables', that expects an integer from 16 to 1000000{{$}}

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
  // FEWER: budget.cpp:[[@LINE-1]]:3: warning: address of local variable 'Local' escapes into global variable 'Published' [lifeguard.StackAddressEscape]
  // CHECK: budget.cpp:[[@LINE-2]]:3: warning: address of local variable 'Local' escapes into global variable 'Published' [lifeguard.StackAddressEscape]
}

void pastTheBudget() {
  int Local = 0;
  Relay<40>::pass(&Local);
  // DEEPER: budget.cpp:[[@LINE-1]]:3: warning: address of local variable 'Local' escapes into global variable 'Published' [lifeguard.StackAddressEscape]
}

// What the path did before the call that ran out of budget is analysed.
int readBeforeTheCall() {
  int *P = nullptr;
  {
    int Inner = 1;
    P = &Inner;
  }
  int Read = *P;
  // CHECK: budget.cpp:[[@LINE-1]]:14: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
  // SHALLOWER: budget.cpp:[[@LINE-2]]:14: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
  // FEWER: budget.cpp:[[@LINE-3]]:14: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
  Relay<40>::pass(nullptr);
  return Read;
}

// Twenty variables live across the loop: more than MaxLiveVariables=16, so
// the function is not analysed then; at the default it is.
int manyLive(int Rounds) {
  int A0 = 0, A1 = 1, A2 = 2, A3 = 3, A4 = 4, A5 = 5, A6 = 6, A7 = 7, A8 = 8,
      A9 = 9;
  int B0 = 0, B1 = 1, B2 = 2, B3 = 3, B4 = 4, B5 = 5, B6 = 6, B7 = 7, B8 = 8,
      B9 = 9;
  for (int I = 0; I < Rounds; ++I) {
    A0 += B9; A1 += B8; A2 += B7; A3 += B6; A4 += B5;
    A5 += B4; A6 += B3; A7 += B2; A8 += B1; A9 += B0;
    B0 += A9; B1 += A8; B2 += A7; B3 += A6; B4 += A5;
    B5 += A4; B6 += A3; B7 += A2; B8 += A1; B9 += A0;
  }
  int *P = nullptr;
  {
    int Inner = A0 + B0;
    P = &Inner;
  }
  return *P;
  // CHECK: budget.cpp:[[@LINE-1]]:10: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
  // SHALLOWER: budget.cpp:[[@LINE-2]]:10: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
}

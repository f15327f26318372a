// lifeguard.Budget's budget per translation unit: once the top-level
// functions analysed have made MaxTranslationUnitNodes exploded nodes
// between them, each later one is explored up to NodesPerFunctionPastBudget
// nodes only. A short function is still analysed in full; a bug deep in a
// long one is missed. At the defaults (4,000,000 and 10,000) this file is
// far within the budget. The options are bounded.
//
// clang analyses functions that do not call each other from the last to
// the first: exhausting() runs first.
//
// RUN: %analyze -std=c++17 %s 2>&1 | FileCheck %s --check-prefixes=CHECK,WITHIN --implicit-check-not=warning:
// RUN: %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxTranslationUnitNodes=100000,lifeguard.Budget:NodesPerFunctionPastBudget=1000 %s 2>&1 | FileCheck %s --implicit-check-not=warning:
//
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxTranslationUnitNodes=99999 %s 2>&1 | FileCheck %s --check-prefix=INVALID-TU
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:MaxTranslationUnitNodes=4294967296 %s 2>&1 | FileCheck %s --check-prefix=INVALID-TU
// INVALID-TU: error: invalid input for checker option 'lifeguard.Budget:MaxTranslationUnitNodes', that expects an integer from 100000 to 1000000000{{$}}
// RUN: not %analyze -std=c++17 -Xclang -analyzer-config -Xclang lifeguard.Budget:NodesPerFunctionPastBudget=few %s 2>&1 | FileCheck %s --check-prefix=INVALID-PAST
// INVALID-PAST: error: invalid input for checker option 'lifeguard.Budget:NodesPerFunctionPastBudget', that expects an integer from 1000 to 1000000000{{$}}

int Flags[24];

int shortAfterwards() {
  int *P = nullptr;
  {
    int Inner = 1;
    P = &Inner;
  }
  return *P;
  // CHECK: budget-translation-unit.cpp:[[@LINE-1]]:10: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
}

// About 2,000 nodes of straight-line code, then a branch: past the budget,
// every path ends at the branch.
#define STEP(I) Sum += Flags[I % 24] * I;
#define TEN(I)                                                                 \
  STEP(I##0) STEP(I##1) STEP(I##2) STEP(I##3) STEP(I##4) STEP(I##5)            \
  STEP(I##6) STEP(I##7) STEP(I##8) STEP(I##9)
int longAfterwards() {
  int Sum = 0;
  TEN(1) TEN(2) TEN(3) TEN(4) TEN(5) TEN(6) TEN(7) TEN(8) TEN(9) TEN(10)
  TEN(11) TEN(12) TEN(13) TEN(14) TEN(15) TEN(16) TEN(17) TEN(18) TEN(19)
  if (Sum < 0)
    Sum = 0;
  int *P = nullptr;
  {
    int Inner = Sum;
    P = &Inner;
  }
  return *P;
  // WITHIN: budget-translation-unit.cpp:[[@LINE-1]]:10: warning: use of local variable 'Inner' after it went out of scope [lifeguard.Dangling]
}

// Every combination of twenty-four flags is a path of its own: the
// function runs out of clang's max-nodes (about 350,000 nodes).
#define FLAG(I)                                                                \
  if (Flags[I])                                                                \
    ++Count;
int exhausting() {
  int Count = 0;
  FLAG(0) FLAG(1) FLAG(2) FLAG(3) FLAG(4) FLAG(5) FLAG(6) FLAG(7)
  FLAG(8) FLAG(9) FLAG(10) FLAG(11) FLAG(12) FLAG(13) FLAG(14) FLAG(15)
  FLAG(16) FLAG(17) FLAG(18) FLAG(19) FLAG(20) FLAG(21) FLAG(22) FLAG(23)
  return Count;
}

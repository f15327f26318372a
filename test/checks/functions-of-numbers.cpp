// Functions that take, hold and return numbers only are not analysed (they
// hold no handle: LifetimeEngine::isHandleFree), and their summaries are
// empty. A function of numbers that calls one that frees or moves storage
// is not one of them: its callers still see what it does, through chains,
// recursion and mutual recursion.

// RUN: %tidy --checks='-*,lifeguard-*' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <vector>

struct Logger {
  int Level = 0;
};
Logger *TheLogger = new Logger;
std::vector<int> Samples;

void shutdownLogger() { delete TheLogger; }
int logLevel() { return TheLogger->Level; }
void dropSamples() {
  Samples.clear();
  Samples.shrink_to_fit();
}

// Numbers in, numbers out, but what they call frees or moves storage.
int stopAll(int Code) {
  shutdownLogger();
  return Code + 1;
}
int stopAllTwice(int Code) { return stopAll(stopAll(Code)); }
// CHECK: :[[@LINE-1]]:37: warning: use of the object 'TheLogger' points to after it was freed by a call [lifeguard-dangling]
// CHECK: :[[@LINE-2]]:45: note: freed by this call
int levelAfterStop() {
  stopAll(0);
  return logLevel();
  // CHECK: :[[@LINE-1]]:10: warning: use of the object 'TheLogger' points to after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:3: note: freed by this call
}

void reset(int Depth) {
  dropSamples();
  if (Depth > 0)
    reset(Depth - 1);
}
int sample() {
  int &First = Samples[0];
  reset(3);
  return First;
  // CHECK: :[[@LINE-1]]:10: warning: 'First' points into 'Samples', whose storage was reallocated by 'reset' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-4]]:16: note: reference to an element of 'Samples' bound here
  // CHECK: :[[@LINE-4]]:3: note: 'Samples' reallocated here
}

int ping(int N);
int pong(int N) {
  shutdownLogger();
  return N > 0 ? ping(N - 1) : 0;
  // CHECK: :[[@LINE-1]]:18: warning: use of the object 'TheLogger' points to after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:3: note: freed by this call
}
int ping(int N) { return pong(N) + 1; }
int afterPing() {
  Logger *L = TheLogger;
  ping(4);
  return L->Level;
  // CHECK: :[[@LINE-1]]:10: warning: use of the object 'TheLogger' points to after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:3: note: freed by this call
}

enum class Mode { Fast, Safe };
Mode pick(Mode M, unsigned Tries) {
  dropSamples();
  return Tries ? M : Mode::Safe;
}
#define PICK_FAST() pick(Mode::Fast, 2u)
int afterPick() {
  int &First = Samples[0];
  PICK_FAST();
  return First;
  // CHECK: :[[@LINE-1]]:10: warning: 'First' points into 'Samples', whose storage was reallocated by 'pick' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-4]]:16: note: reference to an element of 'Samples' bound here
  // CHECK: :[[@LINE-4]]:3: note: 'Samples' reallocated here
}

// Template instances of functions of numbers, called from a handle's scope.
template <typename T> T twice(T V) { return V + V; }
int onlyArithmetic() {
  int &First = Samples[0];
  int Sum = twice(3) + twice(First);
  return First + Sum;
}

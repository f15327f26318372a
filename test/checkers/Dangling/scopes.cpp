// Locals whose scope, loop iteration or frame ended on some feasible path,
// used through a pointer or reference; and the near misses.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <map>
#include <string>
#include <utility>

int reaimedOnOneBranch(bool verbose) {
  int fallback = 0;
  int *level = &fallback;
  if (verbose) { // expected-note{{Assuming 'verbose' is true}} expected-note{{Taking true branch}}
    int detailed = 5;
    level = &detailed; // expected-note{{'level' now points to local variable 'detailed'}}
  } // expected-note{{local variable 'detailed' went out of scope here}}
  return *level; // expected-warning{{use of local variable 'detailed' after it went out of scope}} expected-note{{use of local variable 'detailed' after it went out of scope}}
}

int reaimedInLoopBody(int n) {
  const int *last = nullptr;
  for (int i = 0; i < n; ++i) { // expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is >= 'n'}} expected-note{{Loop condition is false. Execution continues on line 28}}
    int squared = i * i;
    if (i == 1) // expected-note{{'i' is not equal to 1}} expected-note{{Taking false branch}} expected-note{{'i' is equal to 1}} expected-note{{Taking true branch}}
      last = &squared; // expected-note{{'last' now points to local variable 'squared'}}
  } // expected-note{{local variable 'squared' went out of scope here}}
  return last ? *last : -1; // expected-warning{{use of local variable 'squared' after it went out of scope}} expected-note{{'last' is non-null}} expected-note{{'?' condition is true}} expected-note{{use of local variable 'squared' after it went out of scope}}
}

int previousIteration(int n) {
  int total = 0;
  const int *prev = nullptr;
  for (int i = 0; i < n; ++i) { // expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}}
    if (prev) // expected-note{{'prev' is null}} expected-note{{Taking false branch}} expected-note{{'prev' is non-null}} expected-note{{Taking true branch}}
      total += *prev; // expected-warning{{use of local variable 'current' after it went out of scope}} expected-note{{use of local variable 'current' after it went out of scope}}
    int current = i;
    prev = &current; // expected-note{{'prev' now points to local variable 'current'}}
  } // expected-note{{local variable 'current' went out of scope here}}
  return total;
}

int previousIterationAfterItsRedeclaration(int n) {
  int total = 0;
  const int *prev = nullptr;
  for (int i = 0; i < n; ++i) { // expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}} expected-note{{Assuming 'i' is < 'n'}} expected-note{{Loop condition is true.  Entering loop body}}
    int current = i * 2; // expected-note{{'prev' now points to local variable 'current'}}
    if (prev) // expected-note{{'prev' is null}} expected-note{{Taking false branch}} expected-note{{'prev' is non-null}} expected-note{{Taking true branch}}
      total += *prev; // expected-warning{{use of local variable 'current' after it went out of scope}} expected-note{{use of local variable 'current' after it went out of scope}}
    prev = &current;
  } // expected-note{{local variable 'current' went out of scope here}}
  return total;
}

struct Config {
  std::string name;
  int retries;
};

int referenceToInnerObject(bool custom) {
  Config defaults{"default", 3};
  const Config *chosen = &defaults;
  if (custom) { // expected-note{{Assuming 'custom' is true}} expected-note{{Taking true branch}}
    Config override{"custom", 5};
    chosen = &override; // expected-note{{'chosen' now points to local variable 'override'}}
  } // expected-note{{local variable 'override' went out of scope here}}
  return chosen->retries; // expected-warning{{use of local variable 'override' after it went out of scope}} expected-note{{use of local variable 'override' after it went out of scope}}
}

int *addressOfLocal(int seed) {
  int value = seed * 2;
  return &value;
}

int frameEnded(int seed) {
  int *p = addressOfLocal(seed); // expected-note{{local variable 'value' ended when this call returned}} expected-note{{'p' now points to local variable 'value'}}
  return *p; // expected-warning{{use of local variable 'value' after its function returned}} expected-note{{use of local variable 'value' after its function returned}}
}

// Near misses: silent.

int correlatedConditions(bool verbose) {
  int fallback = 0;
  int *level = &fallback;
  if (verbose) {
    int detailed = 5;
    level = &detailed;
    if (verbose)
      return *level;
  }
  return *level;
}

int resetBeforeTheBlockEnds(bool verbose) {
  int fallback = 0;
  int *level = &fallback;
  if (verbose) {
    int detailed = 5;
    level = &detailed;
    fallback = *level;
    level = &fallback;
  }
  return *level;
}

int usedInsideTheLoopBody(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    int current = i;
    int *p = &current;
    total += *p;
  }
  return total;
}

int reaimedEachIterationBeforeTheUse(int n) {
  int total = 0;
  const int *latest = nullptr;
  for (int i = 0; i < n; ++i) {
    int current = i * 2;
    latest = &current;
    total += *latest;
  }
  return total;
}

int staticLocalOutlivesTheBlock(bool b) {
  int fallback = 0;
  int *p = &fallback;
  if (b) {
    static int counter = 0;
    p = &counter;
  }
  return *p;
}

// Structured bindings by reference name the object they are bound to: their
// uses are inside its scope.
int boundByReference() {
  std::map<std::string, int> stock;
  stock["bolts"] = 40;
  int total = 0;
  for (auto &[item, count] : stock)
    total += count;
  std::pair<int, int> range{1, 9};
  auto &[low, high] = range;
  return total + high - low;
}

// A guard whose constructor publishes the object being made (the address
// taken by its own declaration is this instance's, not a previous one's),
// and whose destructor takes it back: used through the global while it
// lives.
struct ScopedContext;
static ScopedContext *CurrentContext = nullptr;
struct ScopedContext {
  int Depth = 1;
  ScopedContext() { CurrentContext = this; }
  ~ScopedContext() { CurrentContext = nullptr; }
};
static int currentDepth() { return CurrentContext->Depth; }
int depthWhileAlive() {
  ScopedContext Context;
  return currentDepth();
}
// Its twin: the guard of an inner block, which leaves itself published.
struct LeakyContext;
static LeakyContext *LastContext = nullptr;
struct LeakyContext {
  int Depth = 1;
  LeakyContext() { LastContext = this; } // expected-note{{'LastContext' now points to local variable 'Context'}}
};
int depthAfterBlock() {
  {
    LeakyContext Context; // expected-note{{Calling default constructor for 'LeakyContext'}} expected-note{{Returning from default constructor for 'LeakyContext'}}
  } // expected-note{{local variable 'Context' went out of scope here}}
  return LastContext->Depth; // expected-warning{{use of local variable 'Context' after it went out of scope}} expected-note{{use of local variable 'Context' after it went out of scope}}
}

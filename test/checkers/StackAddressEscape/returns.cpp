// Addresses of locals (and pointers into their buffers) returned on some
// feasible path: directly, through variables, through helpers that return
// one of their reference arguments, inside returned views and closures.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <functional>
#include <string>
#include <string_view>

struct Settings {
  std::string name;
  int timeout;
};

const std::string &pickName(const std::string &preferred,
                            const std::string &fallback, bool usePreferred) {
  return usePreferred ? preferred : fallback;
}

template <typename T> const T &either(bool first, const T &a, const T &b) {
  return first ? a : b;
}

const std::string &displayName(const Settings *s) {
  std::string anonymous = "anonymous";
  return pickName(s ? s->name : anonymous, anonymous, s != nullptr); // expected-warning{{address of local variable 'anonymous' escapes through the return value}} expected-note{{Assuming 's' is null}} expected-note{{'?' condition is false}} expected-note{{address of local variable 'anonymous' escapes through the return value}}
}

const Settings &effectiveSettings(const Settings *user) {
  Settings defaults{"default", 30};
  const Settings *chosen = user ? user : &defaults; // expected-note{{Assuming 'user' is null}} expected-note{{'?' condition is false}}
  return *chosen; // expected-warning{{address of local variable 'defaults' escapes through the return value}} expected-note{{address of local variable 'defaults' escapes through the return value}}
}

const int &largerTimeout(const Settings &a, int floor) {
  int minimum = floor;
  return either(a.timeout > minimum, a.timeout, minimum); // expected-warning{{address of local variable 'minimum' escapes through the return value}} expected-note{{Assuming 'minimum' is >= field 'timeout'}} expected-note{{address of local variable 'minimum' escapes through the return value}}
}

const char *labelFor(int code) {
  std::string label = "code-" + std::to_string(code);
  return label.c_str(); // expected-warning{{pointer into local variable 'label' escapes through the return value}} expected-note{{pointer into local variable 'label' obtained here}} expected-note{{pointer into local variable 'label' escapes through the return value}}
}

int *scratchSlot(bool useStatic) {
  static int shared = 0;
  int local = 0;
  int *slot = useStatic ? &shared : &local; // expected-note{{Assuming 'useStatic' is false}} expected-note{{'?' condition is false}} expected-note{{'slot' now points to local variable 'local'}}
  return slot; // expected-warning{{address of local variable 'local' escapes through the return value}} expected-note{{address of local variable 'local' escapes through the return value}}
}

std::function<int()> makeCounter() {
  int count = 0;
  return [&count] { return ++count; }; // expected-warning{{address of local variable 'count' escapes through the return value}} expected-note{{address of local variable 'count' escapes through the return value}}
}

// Near misses: silent.

const std::string &nameOrDefault(const Settings *s, const std::string &dflt) {
  return s ? s->name : dflt;
}

int *staticSlot() {
  static int shared = 0;
  int *slot = &shared;
  return slot;
}

const Settings &selectFrom(const Settings &a, const Settings &b, bool first) {
  return either(first, a, b);
}

std::string copiedLabel(int code) {
  std::string label = "code-" + std::to_string(code);
  return label;
}

std::function<int()> makeCounterByValue() {
  int count = 0;
  return [count]() mutable { return ++count; };
}

int *heapSlot() {
  int *slot = new int(0);
  return slot;
}

// Views of locals, returned.

std::string_view viewOfLocal(int code) {
  std::string label = "code-" + std::to_string(code) + " with a long suffix";
  std::string_view view = label; // expected-note{{pointer into local variable 'label' obtained here}}
  return view; // expected-warning{{pointer into local variable 'label' escapes through the return value}} expected-note{{pointer into local variable 'label' escapes through the return value}}
}

std::string_view viewOfStatic() {
  static const std::string label = "static label, long enough for the heap";
  std::string_view view = label;
  return view;
}

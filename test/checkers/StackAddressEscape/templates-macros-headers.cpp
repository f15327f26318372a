// The same escapes through templates, macros and code in headers.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++17 -I%S/Inputs -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++20 -I%S/Inputs -Xclang -verify %s

// The notes in the header where the registry stores the address.
// expected-note@registry.h:8 {{'gLastEntry' now points to local variable 'e'}}
// expected-note@registry.h:8 {{'gLastEntry' now points to local variable 'entry'}}

#include "registry.h"

Entry *gLastEntry = nullptr;

template <typename T> const T &firstOf(const T &a, const T &b, bool useA) {
  return useA ? a : b;
}

template <typename T> const T &orLocalDefault(const T *given) {
  T dflt{};
  return firstOf(given ? *given : dflt, dflt, given != nullptr); // expected-warning{{address of local variable 'dflt' escapes through the return value}} expected-note{{Assuming 'given' is null}} expected-note{{'?' condition is false}} expected-note{{address of local variable 'dflt' escapes through the return value}}
}

int useTemplate(const int *given) { return orLocalDefault(given); } // expected-note{{Calling 'orLocalDefault<int>'}}

void rememberThroughAHeader(int key) {
  Entry e{key};
  remember(&e); // expected-warning{{address of local variable 'e' escapes into global variable 'gLastEntry'}} expected-note{{Calling 'remember'}} expected-note{{Returning from 'remember'}} expected-note{{address of local variable 'e' escapes into global variable 'gLastEntry'}}
}

void rememberThroughAMacro(int key) {
  REMEMBER_LOCAL(entry, key); // expected-warning{{address of local variable 'entry' escapes into global variable 'gLastEntry'}} expected-note{{Calling 'remember'}} expected-note{{Returning from 'remember'}} expected-note{{address of local variable 'entry' escapes into global variable 'gLastEntry'}}
}

// Near misses: silent.

void rememberThenForget(int key) {
  Entry e{key};
  remember(&e);
  remember(nullptr);
}

void rememberAStatic() {
  static Entry persistent{0};
  remember(&persistent);
}

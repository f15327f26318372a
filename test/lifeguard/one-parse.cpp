// One run of the lifeguard command reports what both engines find: the
// clang-tidy checks' every-path bugs, the analyzer checkers' one-path bugs,
// and a bug both find once, under the clang-tidy check's name. NOLINT with
// either engine's name for the family silences both. The analyzer models
// the C string functions: a pool's object copied into with memcpy is not
// handed on.
//
// RUN: %python %S/Inputs/expect-exit.py 1 %lifeguard --quiet %s -- -std=c++17 > %t.txt
// RUN: FileCheck %s --input-file=%t.txt --implicit-check-not="warning:"
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --check-prefix=ANALYZER --implicit-check-not="warning:"
// RUN: not %lifeguard --quiet --checks='-*,lifeguard-*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --check-prefix=TIDY --implicit-check-not="warning:"

#include <cstring>
#include <string>
#include <string_view>

// Both engines find it; it is shown once.
int *returnsLocal() {
  int local = 0;
  return &local;
  // CHECK: one-parse.cpp:[[@LINE-1]]:10: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK-NEXT: return &local;
  // ANALYZER: one-parse.cpp:[[@LINE-3]]:3: warning: address of local variable 'local' escapes through the return value [lifeguard.StackAddressEscape]
  // TIDY: one-parse.cpp:[[@LINE-4]]:10: warning: address of local variable 'local' escapes through the return value [lifeguard-stack-address-escape]
}

// Only the analyzer: the pointer dangles on the paths where 'flag' held.
int onSomePaths(bool flag) {
  int fallback = 0;
  int *p = &fallback;
  {
    int scoped = 1;
    if (flag)
      p = &scoped;
  }
  return *p;
  // CHECK: one-parse.cpp:[[@LINE-1]]:10: warning: use of local variable 'scoped' after it went out of scope [lifeguard.Dangling]
  // CHECK: note: local variable 'scoped' went out of scope here
  // CHECK: note: Assuming 'flag' is true
  // CHECK: note: 'p' now points to local variable 'scoped'
  // ANALYZER: one-parse.cpp:[[@LINE-5]]:10: warning: use of local variable 'scoped' after it went out of scope [lifeguard.Dangling]
}

// The same words as the bug above, of another bug that both engines see:
// both bugs are shown.
int everyPath() {
  int *p;
  {
    int scoped = 1;
    p = &scoped;
  }
  return *p;
  // CHECK: one-parse.cpp:[[@LINE-1]]:10: warning: use of local variable 'scoped' after it went out of scope [lifeguard-dangling]
  // ANALYZER: one-parse.cpp:[[@LINE-2]]:10: warning: use of local variable 'scoped' after it went out of scope [lifeguard.Dangling]
  // TIDY: one-parse.cpp:[[@LINE-3]]:10: warning: use of local variable 'scoped' after it went out of scope [lifeguard-dangling]
}

// Only the clang-tidy check: a view of a temporary string.
std::size_t viewOfTemporary() {
  std::string_view v = std::string("abc") + "def";
  // CHECK: one-parse.cpp:[[@LINE-1]]:20: warning: 'v' is bound to a temporary {{.*}} [lifeguard-dangling]
  // TIDY: one-parse.cpp:[[@LINE-2]]:20: warning: 'v' is bound to a temporary {{.*}} [lifeguard-dangling]
  return v.size();
}

// Both engines see it; the clang-tidy check's name silences both.
int silencedByTidyName() {
  int *p;
  {
    int x = 0;
    p = &x;
  }
  return *p; // NOLINT(lifeguard-dangling)
}

// And the analyzer checker's name, on the line before.
int silencedByAnalyzerName() {
  int *p;
  {
    int x = 0;
    p = &x;
  }
  // NOLINTNEXTLINE(lifeguard.*)
  return *p;
}

// Only the analyzer: not given back on the path that returns early; memcpy
// writes into the object, it does not take it over.
struct Line {
  char text[64];
};
class LinePool {
public:
  Line *get();
  void put(Line *l);
};
int skipsThePut(LinePool &pool, const char *text) {
  Line *l = pool.get();
  std::memcpy(l->text, text, std::strlen(text) + 1);
  if (l->text[0] == '#')
    return 0;
  // CHECK: one-parse.cpp:[[@LINE-1]]:12: warning: object acquired from its pool is not given back on this path [lifeguard.PoolMisuse]
  // ANALYZER: one-parse.cpp:[[@LINE-2]]:12: warning: object acquired from its pool is not given back on this path [lifeguard.PoolMisuse]
  pool.put(l);
  return 1;
}

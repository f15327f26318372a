// Handles to the value a std::optional holds, and into that value's own
// buffer, used after reset() or `= std::nullopt` destroyed it. Both
// engines, with the real <optional>.
//
// Positives: a reference from `*o` across reset(), also on one branch, and
// across `= {}`; a pointer into an
// optional vector's buffer (`o->data()`) across `= std::nullopt`; a
// string's c_str() taken through value() across reset(); a reference to a
// member's value across a method that resets it; a function template over
// the value type, instantiated twice (reported once, in the template); the
// reset written in a macro; the handle in a header's inline function.
// Negatives: the assignment of a value to an engaged optional (it assigns
// into the value the reference designates); emplace after reset, then the
// same reference (the new value is where the old one was), also after
// `= std::nullopt` and the assignment of a struct; a value copied
// out before reset; the handle re-obtained after reset and emplace; the
// reset of another optional. A reset on one branch, which always goes on
// to the use, is reported by both.
// Neither engine follows emplace() or the assignment of a value into the
// value's own buffer (`o->c_str()` across `o.emplace(...)`): see
// docs/checks/container-invalidation.rst.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 -I%S/Inputs | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++17 -I%S/Inputs -Xclang -verify %s

// CHECK: optional-cache.h:13:12: warning: 'e' points into 'entry', whose value was destroyed by 'reset' [lifeguard-container-invalidation]
#include "optional-cache.h"
#include <cstring>
#include <optional>
#include <string>
#include <vector>

std::size_t nameAfterReset(std::optional<std::string> &name) {
  const std::string &shown = *name;
  name.reset(); // expected-note{{'name' emptied here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'shown' points into 'name', whose value was destroyed by 'reset' [lifeguard-container-invalidation]
  return shown.size(); // expected-warning{{'shown' points into 'name', whose value was destroyed by 'reset'}} expected-note{{'shown' points into 'name', whose value was destroyed by 'reset'}}
}

int firstAfterNullopt() {
  std::optional<std::vector<int>> samples{std::vector<int>{3, 1, 2}};
  const int *first = samples->data(); // expected-note{{handle into 'samples' obtained here}} expected-note{{'first' now points to an element of 'samples'}}
  samples = std::nullopt; // expected-note{{'samples' emptied here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'samples', whose value was destroyed by 'operator=' [lifeguard-container-invalidation]
  return *first; // expected-warning{{'first' points into 'samples', whose value was destroyed by 'operator='}} expected-note{{'first' points into 'samples', whose value was destroyed by 'operator='}}
}

struct Window {
  int key;
};

int keyAfterBraces(std::optional<Window> &win) {
  const Window &w = *win;
  win = {}; // expected-note{{'win' emptied here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'w' points into 'win', whose value was destroyed by 'operator=' [lifeguard-container-invalidation]
  return w.key; // expected-warning{{'w' points into 'win', whose value was destroyed by 'operator='}} expected-note{{'w' points into 'win', whose value was destroyed by 'operator='}}
}

std::size_t labelAfterReset(std::optional<std::string> label) {
  const char *text = label.value().c_str(); // expected-note{{handle into 'label' obtained here}} expected-note{{'text' now points to an element of 'label'}}
  label.reset(); // expected-note{{'label' emptied here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'text' points into 'label', whose value was destroyed by 'reset' [lifeguard-container-invalidation]
  return std::strlen(text); // expected-warning{{'text' points into 'label', whose value was destroyed by 'reset'}} expected-note{{'text' points into 'label', whose value was destroyed by 'reset'}}
}

class Session {
public:
  const std::string &user() const { return *user_; }
  void logout() { user_.reset(); } // expected-note{{'user_' emptied here}}
  void login(const std::string &name) { user_ = name; }

private:
  std::optional<std::string> user_{"guest"};
};

std::size_t userAfterLogout(Session &s) {
  const std::string &who = s.user();
  s.logout();
  // CHECK: :[[@LINE+1]]:10: warning: 'who' points into 's.user_', whose value was destroyed by 'logout' [lifeguard-container-invalidation]
  return who.size(); // expected-warning{{'who' points into 'user_', whose value was destroyed by 'reset'}} expected-note{{'who' points into 'user_', whose value was destroyed by 'reset'}}
}

template <typename T> T lastSeen(std::optional<T> &slot) {
  const T &seen = *slot;
  slot.reset(); // expected-note{{'slot' emptied here}}
  // (The analyzer shows the two instantiations' reports, alike, once.)
  // CHECK: :[[@LINE+1]]:10: warning: 'seen' points into 'slot', whose value was destroyed by 'reset' [lifeguard-container-invalidation]
  return seen; // expected-warning{{'seen' points into 'slot', whose value was destroyed by 'reset'}} expected-note{{'seen' points into 'slot', whose value was destroyed by 'reset'}}
}

int lastCount(std::optional<int> &a) {
  return lastSeen(a);
}

std::size_t lastName(std::optional<std::string> &b) {
  return lastSeen(b).size(); // expected-note{{Calling 'lastSeen<std::basic_string<char>>'}}
}

#define FORGET(opt) (opt).reset()

std::size_t forgetInMacro(std::optional<std::string> &cached) {
  const std::string &kept = cached.value();
  FORGET(cached); // expected-note{{'cached' emptied here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'kept' points into 'cached', whose value was destroyed by 'reset' [lifeguard-container-invalidation]
  return kept.size(); // expected-warning{{'kept' points into 'cached', whose value was destroyed by 'reset'}} expected-note{{'kept' points into 'cached', whose value was destroyed by 'reset'}}
}

std::size_t fromHeader(OptionalCache &c) {
  return c.takeAndDrop(); // expected-note{{Calling 'OptionalCache::takeAndDrop'}}
}

std::size_t resetOnOneBranch(std::optional<std::string> &o, bool drop) {
  const std::string &r = *o;
  if (drop) // expected-note{{Assuming 'drop' is true}} expected-note{{Taking true branch}}
    o.reset(); // expected-note{{'o' emptied here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'r' points into 'o', whose value was destroyed by 'reset' [lifeguard-container-invalidation]
  return r.size(); // expected-warning{{'r' points into 'o', whose value was destroyed by 'reset'}} expected-note{{'r' points into 'o', whose value was destroyed by 'reset'}}
}

// Near misses.

int assignIntoEngaged() {
  std::optional<int> count = 1;
  int &r = *count;
  count = 2;
  return r;
}

std::size_t emplaceAfterReset(std::optional<std::string> &o) {
  std::string &r = *o;
  o.reset();
  o.emplace("again");
  return r.size();
}

struct Mail {
  std::string subject;
};

// (The new value's own assignment operator, which the analyzer runs on the
// place of the old one, touches no ended object.)
std::size_t resetThenAssignAggregate(std::optional<Mail> &box) {
  const std::string &subject = box->subject;
  box = std::nullopt;
  box = Mail{"again"};
  return subject.size();
}

// (The assignment returns the optional itself, which is no value of it.)
class LastName {
public:
  const std::string &get() {
    if (!last_)
      last_ = "unnamed";
    return *last_;
  }
  void drop() { last_.reset(); }

private:
  std::optional<std::string> last_;
};

std::size_t fetchDropFetch(LastName &c) {
  std::size_t n = c.get().size();
  c.drop();
  return n + c.get().size();
}

std::size_t copiedOut(std::optional<std::string> &o) {
  std::string copy = *o;
  o.reset();
  return copy.size();
}

std::size_t reobtained(std::optional<std::string> &o) {
  const std::string *p = &*o;
  o.reset();
  o = "new";
  p = &*o;
  return p->size();
}

std::size_t otherOptional(std::optional<std::string> &a,
                          std::optional<std::string> &b) {
  const std::string &r = *a;
  b.reset();
  return r.size();
}

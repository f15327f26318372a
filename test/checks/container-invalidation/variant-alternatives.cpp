// Handles to a std::variant's alternative (std::get by type or by index,
// std::get_if) used after a value of another alternative replaced it.
// Both engines, with the real <variant>.
//
// Positives: get<std::string> across the assignment of an int; get<0>
// across emplace<int>; get_if across the assignment of a double; a
// function template over the variant, instantiated twice (reported once);
// the assignment in a macro. The analyzer only: a map's element (reported
// once, not again inside the library's `operator=`); the assignment inside a
// method of the class that holds the variant (the tidy check's summaries
// do not say which alternative a caller's handles designate).
// Negatives: the assignment of a value of the same alternative (it assigns
// into the value the handle designates); the handle re-obtained after the
// change; a value copied out before it; the assignment of a value whose
// alternative is not its own type (`v = "text"`, left unreported); another
// variant changed.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++17 -Xclang -verify %s

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

using Token = std::variant<std::string, int>;

std::size_t nameThenNumber(Token &t) {
  const std::string &name = std::get<std::string>(t);
  t = 42; // expected-note{{'t' given another alternative here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'name' points into 't', whose alternative was destroyed by 'operator=' [lifeguard-container-invalidation]
  return name.size(); // expected-warning{{'name' points into 't', whose alternative was destroyed by 'operator='}} expected-note{{'name' points into 't', whose alternative was destroyed by 'operator='}}
}

std::size_t byIndexThenEmplace(Token &t) {
  std::string &text = std::get<0>(t);
  t.emplace<int>(7); // expected-note{{'t' given another alternative here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'text' points into 't', whose alternative was destroyed by 'emplace' [lifeguard-container-invalidation]
  return text.size(); // expected-warning{{'text' points into 't', whose alternative was destroyed by 'emplace'}} expected-note{{'text' points into 't', whose alternative was destroyed by 'emplace'}}
}

std::size_t samplesThenScale() {
  std::variant<std::vector<int>, double> reading = std::vector<int>{4, 5};
  const std::vector<int> *samples = std::get_if<std::vector<int>>(&reading); // expected-note{{'samples' now points to an element of 'reading'}}
  reading = 2.5; // expected-note{{'reading' given another alternative here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'samples' points into 'reading', whose alternative was destroyed by 'operator=' [lifeguard-container-invalidation]
  return samples->size(); // expected-warning{{'samples' points into 'reading', whose alternative was destroyed by 'operator='}} expected-note{{'samples' points into 'reading', whose alternative was destroyed by 'operator='}}
}

class Slot {
public:
  const std::string &label() const { return std::get<std::string>(v_); }
  void clearTo(int code) { v_ = code; } // expected-note{{'v_' given another alternative here}}

private:
  Token v_{std::string("idle")};
};

std::size_t labelAfterClear(Slot &s) {
  const std::string &l = s.label();
  s.clearTo(0);
  return l.size(); // expected-warning{{'l' points into 'v_', whose alternative was destroyed by 'operator='}} expected-note{{'l' points into 'v_', whose alternative was destroyed by 'operator='}}
}

template <typename V> std::size_t firstThenSecond(V &v) {
  auto &first = std::get<0>(v);
  v = 1.5; // expected-note{{'v' given another alternative here}}
  // (The analyzer shows the two instantiations' reports, alike, once.)
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'v', whose alternative was destroyed by 'operator=' [lifeguard-container-invalidation]
  return first.size(); // expected-warning{{'first' points into 'v', whose alternative was destroyed by 'operator='}} expected-note{{'first' points into 'v', whose alternative was destroyed by 'operator='}}
}

std::size_t strings(std::variant<std::string, double> &a) {
  return firstThenSecond(a);
}

std::size_t vectors(std::variant<std::vector<int>, double> &b) {
  return firstThenSecond(b); // expected-note{{Calling 'firstThenSecond<std::variant<std::vector<int>, double>>'}}
}

#define RESET_TO_CODE(v) ((v) = 0)

std::size_t inMacro(Token &t) {
  const std::string *p = std::get_if<std::string>(&t); // expected-note{{'p' now points to an element of 't'}}
  RESET_TO_CODE(t); // expected-note{{'t' given another alternative here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'p' points into 't', whose alternative was destroyed by 'operator=' [lifeguard-container-invalidation]
  return p->size(); // expected-warning{{'p' points into 't', whose alternative was destroyed by 'operator='}} expected-note{{'p' points into 't', whose alternative was destroyed by 'operator='}}
}

// A map's element: the analyzer reports it once, at the assignment the
// user wrote, not again at the `emplace` that `operator=` calls inside.
char endpointThenPort() {
  std::map<std::string, Token> config;
  config["endpoint"] = std::string("https://telemetry.example.com/v2/ingest");
  std::string_view endpoint = std::get<std::string>(config["endpoint"]); // expected-note{{handle into 'config["endpoint"]' obtained here}}
  config["endpoint"] = 8080; // expected-note{{'config["endpoint"]' given another alternative here}}
  return endpoint[0]; // expected-warning{{'endpoint' points into 'config["endpoint"]', whose alternative was destroyed by 'operator='}} expected-note{{'endpoint' points into 'config["endpoint"]', whose alternative was destroyed by 'operator='}}
}

// Near misses.

std::size_t sameAlternative(Token &t) {
  std::string &name = std::get<std::string>(t);
  t = std::string("renamed");
  return name.size();
}

int reobtained(Token &t) {
  int *n = std::get_if<int>(&t);
  int before = n ? *n : 0;
  t = std::string("text");
  t = 3;
  n = std::get_if<int>(&t);
  return before + (n ? *n : 0);
}

std::size_t copiedOut(Token &t) {
  std::string copy = std::get<std::string>(t);
  t = 1;
  return copy.size();
}

std::size_t notItsOwnType(Token &t) {
  std::string &name = std::get<std::string>(t);
  t = "literal";
  return name.size();
}

std::size_t otherVariant(Token &a, Token &b) {
  std::string &name = std::get<std::string>(a);
  b = 5;
  return name.size();
}

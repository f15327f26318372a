// Handles into the buffer of an element that is itself a container: a
// string's c_str() in a vector of strings, a row's data() in a vector of
// vectors. Destroying the element (clear, pop_back, erase) ends them; a
// growth of the outer container moves the element, which takes a string's
// short characters along but keeps a vector's buffer where it is. Both
// engines.
//
// Positives: c_str() of an element across clear(), pop_back() (also
// through a method that returns it and one that drops it) and a growth;
// a row's data() across clear().
// Negatives: a row's data(), and a reference into a row, across the outer
// vector's push_back and reserve.
// The clang-tidy check does not follow pop_back (which element it ends
// depends on the path); the analyzer's.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++17 -Xclang -verify %s

#include <cstring>
#include <string>
#include <vector>

std::size_t lastAcrossPop(std::vector<std::string> &lines) {
  const char *text = lines.back().c_str(); // expected-note{{handle into 'lines' obtained here}} expected-note{{'text' now points to an element of 'lines'}}
  lines.pop_back(); // expected-note{{'lines' erased from here}}
  return std::strlen(text); // expected-warning{{'text' points into 'lines', whose element was erased by 'pop_back'}} expected-note{{'text' points into 'lines', whose element was erased by 'pop_back'}}
}

std::size_t firstAcrossClear(std::vector<std::string> &lines) {
  const char *text = lines[0].c_str(); // expected-note{{handle into 'lines' obtained here}} expected-note{{'text' now points to an element of 'lines'}}
  lines.clear(); // expected-note{{'lines' cleared here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'text' points into 'lines', whose elements were destroyed by 'clear' [lifeguard-container-invalidation]
  return std::strlen(text); // expected-warning{{'text' points into 'lines', whose elements were destroyed by 'clear'}} expected-note{{'text' points into 'lines', whose elements were destroyed by 'clear'}}
}

std::size_t firstAcrossGrowth(std::vector<std::string> &lines) {
  const char *text = lines[0].c_str(); // expected-note{{handle into 'lines' obtained here}} expected-note{{'text' now points to an element of 'lines'}}
  lines.push_back("x"); // expected-note{{'lines' reallocated here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'text' points into 'lines', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  return std::strlen(text); // expected-warning{{'text' points into 'lines', whose storage was reallocated by 'push_back'}} expected-note{{'text' points into 'lines', whose storage was reallocated by 'push_back'}}
}

class History {
public:
  const char *last() const {
    return entries_.empty() ? "" : entries_.back().c_str(); // expected-note{{handle into 'entries_' obtained here}}
  }
  void dropLast() { entries_.pop_back(); } // expected-note{{'entries_' erased from here}}

private:
  std::vector<std::string> entries_;
};

std::size_t hintAcrossDrop(History &history) {
  const char *hint = history.last(); // expected-note{{'hint' now points to an element of 'entries_'}}
  history.dropLast();
  return std::strlen(hint); // expected-warning{{'hint' points into 'entries_', whose element was erased by 'pop_back'}} expected-note{{'hint' points into 'entries_', whose element was erased by 'pop_back'}}
}

int rowAcrossClear(std::vector<std::vector<int>> &rows) {
  const int *cells = rows.front().data(); // expected-note{{handle into 'rows' obtained here}} expected-note{{'cells' now points to an element of 'rows'}}
  rows.clear(); // expected-note{{'rows' cleared here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'cells' points into 'rows', whose elements were destroyed by 'clear' [lifeguard-container-invalidation]
  return *cells; // expected-warning{{'cells' points into 'rows', whose elements were destroyed by 'clear'}} expected-note{{'cells' points into 'rows', whose elements were destroyed by 'clear'}}
}

int rowAcrossGrowth(std::vector<std::vector<int>> &rows) {
  const int *cells = rows[0].data();
  rows.push_back({});
  return *cells;
}

int cellAcrossReserve(std::vector<std::vector<int>> &rows) {
  int &cell = rows[0][0];
  rows.reserve(rows.size() * 2);
  return cell;
}

// lifeguard.ContainerInvalidation and the size of a container: size() of
// a container changed by nothing since is the size seen before, and
// resize(n) makes it n. A memo that resizes only for an index past its
// end, and recurses into smaller indexes, never resizes under the caller's
// reference.
//
// Positives: a reference from a "resize when too small, then index"
// helper, across the same helper called with a larger index; across a
// growth that depends on the size changing, after a push_back changed it.
// A shrinking vector keeps its capacity: growth after a resize to fewer
// elements, or after pops, stays within the room they left; past that room
// it reallocates. reserve(n) counts its room only for a count written in
// the source: one a helper's loop made on this path may be contradicted by
// a later loop over the same input, which the analyzer takes apart.
//
// Negatives: the memo that recurses into smaller indexes; the size checked
// twice around a reference, the container resized in between only by the
// first check; growth within the room a resize or two pops left; a reserve
// of a helper's count; growth after a range erase (room no longer counted)
// and a pop (which does not make it counted again). Positive: growth past the room a resize left.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.Dangling -std=c++17 -Xclang -verify %s
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
//
// The clang-tidy check counts no sizes: it reports the growth after a
// push_back changed the size (on every path), and takes growth after a
// vector shrank, whether past the room or not, to stay within its
// capacity. The elements of one vector of an array of vectors across
// another's growth: silent in both engines (which vector an index picks,
// the clang-tidy check does not tell apart).

#include <cstddef>
#include <string_view>
#include <vector>

std::vector<long> table;

long &slotAt(int n) {
  if ((int)table.size() <= n) // expected-note 0+{{}}
    table.resize(n + 1); // expected-note{{'table' reallocated here}}
  return table[n]; // expected-note{{handle into 'table' obtained here}}
}

long farApart(int n) {
  long &near = slotAt(n); // expected-note 0+{{}}
  long &far = slotAt(n + 10); // expected-note 0+{{}}
  return near + far; // expected-warning{{'near' points into 'table', whose storage was reallocated by 'resize'}} expected-note{{'near' points into 'table', whose storage was reallocated by 'resize'}}
}

std::vector<long> memo;

long ways(int n) {
  if (n <= 1)
    return 1;
  if ((int)memo.size() <= n)
    memo.resize(n + 1, -1);
  long &slot = memo[n];
  if (slot >= 0)
    return slot;
  slot = ways(n - 1) + ways(n - 2);
  return slot;
}

int countWays() { return (int)ways(30); }

static int checkedTwice(std::vector<int> &v, unsigned i) {
  if (v.size() <= i)
    v.resize(i + 1);
  int &x = v[i];
  if (v.size() <= i)
    v.resize(i + 1);
  return x;
}

int checkedTwiceAtFour(std::vector<int> &v) { return checkedTwice(v, 4); }

int sizeSeenBeforeAGrowth(std::vector<int> &v) {
  std::size_t before = v.size();
  v.push_back(1);
  int *first = v.data(); // expected-note{{handle into 'v' obtained here}} expected-note{{'first' now points to an element of 'v'}}
  if (v.size() != before) // expected-note 0+{{}}
    v.push_back(2); // expected-note{{'v' reallocated here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'v', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  return *first; // expected-warning{{'first' points into 'v', whose storage was reallocated by 'push_back'}} expected-note{{'first' points into 'v', whose storage was reallocated by 'push_back'}}
}

int pushBackAfterResizeDown() {
  std::vector<int> v(10, 1);
  int *p = &v[0];
  v.resize(5);
  v.push_back(7);
  return *p;
}

int pushBackAfterPops(std::vector<int> &v) {
  int *p = &v[0];
  v.pop_back();
  v.pop_back();
  v.push_back(1);
  return *p;
}

int anotherVectorOfAnArray() {
  std::vector<int> buckets[2];
  buckets[0].push_back(1);
  int *p = &buckets[0][0];
  for (int i = 0; i < 10; ++i)
    buckets[1].push_back(i);
  return *p;
}

static std::size_t countLetters(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if (c != ' ')
      ++n;
  return n;
}

int reservedByACount(std::string_view text) {
  std::vector<char> letters;
  letters.reserve(countLetters(text));
  const char *first = nullptr;
  for (char c : text) {
    if (c == ' ')
      continue;
    letters.push_back(c);
    if (!first)
      first = &letters.front();
  }
  return first ? *first : 0;
}

int afterARangeEraseAndAPop() {
  std::vector<int> book;
  book.reserve(16);
  for (int i = 0; i < 10; ++i)
    book.push_back(i);
  int &best = book[0];
  book.erase(book.begin() + 5, book.end());
  book.pop_back();
  book.insert(book.end(), 42);
  book.push_back(43);
  return best;
}

int pastTheRoomAResizeLeft() {
  std::vector<int> v(3, 1);
  int *p = &v[0]; // expected-note{{handle into 'v' obtained here}} expected-note{{'p' now points to an element of 'v'}}
  v.resize(2);
  v.push_back(7);
  v.push_back(8); // expected-note{{'v' reallocated here}}
  return *p; // expected-warning{{'p' points into 'v', whose storage was reallocated by 'push_back'}} expected-note{{'p' points into 'v', whose storage was reallocated by 'push_back'}}
}

// lifeguard.ContainerInvalidation and the size of a container: size() of
// a container changed by nothing since is the size seen before, and
// resize(n) makes it n. A memo that resizes only for an index past its
// end, and recurses into smaller indexes, never resizes under the caller's
// reference.
//
// Positives: a reference from a "resize when too small, then index"
// helper, across the same helper called with a larger index; across a
// growth that depends on the size changing, after a push_back changed it.
// Negatives: the memo that recurses into smaller indexes; the size checked
// twice around a reference, the container resized in between only by the
// first check.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.Dangling -std=c++17 -Xclang -verify %s

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
  return *first; // expected-warning{{'first' points into 'v', whose storage was reallocated by 'push_back'}} expected-note{{'first' points into 'v', whose storage was reallocated by 'push_back'}}
}

// Unordered containers rehash on insertion, which invalidates their
// iterators and keeps references; an erase by key invalidates the handles
// a lookup by the same key made; room reserved before growth -- in the
// function, or by the object's constructor -- keeps handles valid, also
// when the growth happens in one of the object's methods. Both engines.
//
// Positives: an unordered_map iterator from find, then emplace or insert;
// an unordered_set iterator, then rehash; `at(k)` and `find(k)` then
// `erase(k)` (integer, variable and string keys), or `erase(find(k))`.
// The analyzer also follows a recursion that inserts while an outer run
// holds the iterator its own insertion returned (a memo table).
// Negatives: references across insertion (also across a recursion that
// inserts); reserve() before the insertions;
// erase of another key, also through find; the handle looked up again
// after the erase; a
// constructor's or the caller's reserve() before a method's growth.
// The analyzer compares scalar keys, and std::strings made from a literal
// (other string keys are the clang-tidy check's).
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++17 -Xclang -verify %s

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

int iteratorAcrossEmplace(std::unordered_map<int, int> &counts) {
  auto found = counts.find(1); // expected-note{{handle into 'counts' obtained here}}
  counts.emplace(2, 2); // expected-note{{'counts' rehashed here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'found' points into 'counts', whose iterators were invalidated by 'emplace' [lifeguard-container-invalidation]
  return found->second; // expected-warning{{'found' points into 'counts', whose iterators were invalidated by 'emplace'}} expected-note{{'found' points into 'counts', whose iterators were invalidated by 'emplace'}}
}

int iteratorAcrossRehash(std::unordered_set<int> &ids) {
  auto first = ids.begin(); // expected-note{{handle into 'ids' obtained here}}
  ids.rehash(1024); // expected-note{{'ids' rehashed here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'ids', whose iterators were invalidated by 'rehash' [lifeguard-container-invalidation]
  return *first; // expected-warning{{'first' points into 'ids', whose iterators were invalidated by 'rehash'}} expected-note{{'first' points into 'ids', whose iterators were invalidated by 'rehash'}}
}

int referenceAcrossInsert(std::unordered_map<int, int> &counts) {
  int &one = counts[1];
  counts.insert({2, 2});
  return one; // near miss: references survive a rehash
}

int iteratorAfterReserve(std::unordered_map<int, int> &counts) {
  counts.reserve(counts.size() + 1);
  auto found = counts.find(1);
  counts.emplace(2, 2);
  return found == counts.end() ? 0 : found->second; // near miss: room reserved
}

std::size_t referenceAcrossEraseByKey() {
  std::unordered_map<int, std::string> users{{7, "a name too long for the small buffer"}};
  std::string &user = users.at(7); // expected-note{{handle into 'users' obtained here}}
  users.erase(7); // expected-note{{'users' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'user' points into 'users', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return user.size(); // expected-warning{{'user' points into 'users', whose element was erased by 'erase'}} expected-note{{'user' points into 'users', whose element was erased by 'erase'}}
}

int iteratorAcrossEraseByKey(std::set<int> &live, int id) {
  auto it = live.find(id); // expected-note{{handle into 'live' obtained here}}
  if (it == live.end()) // expected-note{{Taking false branch}}
    return 0;
  live.erase(id); // expected-note{{'live' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'it' points into 'live', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return *it; // expected-warning{{'it' points into 'live', whose element was erased by 'erase'}} expected-note{{'it' points into 'live', whose element was erased by 'erase'}}
}

std::size_t stringKeys(std::unordered_set<std::string> &active) {
  auto it = active.find("conn-0001"); // expected-note{{handle into 'active' obtained here}}
  active.erase("conn-0001"); // expected-note{{'active' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'it' points into 'active', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return it->size(); // expected-warning{{'it' points into 'active', whose element was erased by 'erase'}} expected-note{{'it' points into 'active', whose element was erased by 'erase'}}
}

int referenceAcrossEraseOfFound(std::map<int, int> &ttl, int id) {
  int &seconds = ttl.at(id); // expected-note{{handle into 'ttl' obtained here}}
  ttl.erase(ttl.find(id)); // expected-note{{'ttl' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'seconds' points into 'ttl', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return seconds; // expected-warning{{'seconds' points into 'ttl', whose element was erased by 'erase'}} expected-note{{'seconds' points into 'ttl', whose element was erased by 'erase'}}
}

int eraseOfAnotherFound(std::map<int, int> &ttl, int id) {
  int &seconds = ttl.at(id);
  auto next = ttl.find(id + 1);
  if (next != ttl.end())
    ttl.erase(next);
  return seconds; // near miss: another key's element
}

int eraseOfAnotherKey(std::map<int, int> &slots, int id) {
  auto it = slots.find(id);
  slots.erase(id + 1);
  return it == slots.end() ? 0 : it->second; // near miss: another key
}

int lookedUpAgain(std::map<int, int> &slots, int id) {
  auto it = slots.find(id);
  slots.erase(id);
  it = slots.find(id);
  return it == slots.end() ? 0 : it->second; // near miss: a fresh lookup
}

// Room reserved by the constructor, or by the caller, before a method
// grows the buffer.
class Arena {
public:
  explicit Arena(std::size_t n) { nodes_.reserve(n); }
  int *make(int v) {
    nodes_.push_back(v);
    return &nodes_.back();
  }

private:
  std::vector<int> nodes_;
};

int reservedByConstructor() {
  Arena arena(8);
  int *first = arena.make(1);
  arena.make(2);
  return *first; // near miss: 2 of 8 reserved
}

struct Batch {
  std::vector<int> items;
  void add(int x) { items.push_back(x); }
};

int reservedByCaller() {
  Batch b;
  b.items.reserve(8);
  b.items.push_back(0);
  int *first = &b.items[0];
  b.add(1);
  return *first; // near miss: reserved before
}

struct Log {
  std::vector<int> entries;
  void add(int x) { entries.push_back(x); } // expected-note{{'entries' reallocated here}}
};

int notReserved() {
  Log log;
  log.entries.push_back(0);
  int *first = &log.entries[0]; // expected-note{{handle into 'entries' obtained here}} expected-note{{'first' now points to an element of 'entries'}}
  log.add(1);
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'log.entries', whose storage was reallocated by 'add' [lifeguard-container-invalidation]
  return *first; // expected-warning{{'first' points into 'entries', whose storage was reallocated by 'push_back'}} expected-note{{'first' points into 'entries', whose storage was reallocated by 'push_back'}}
}

// The iterator inside the pair an insertion returns, named or bound.
int insertedThenCleared(std::map<int, int> &m) {
  auto inserted = m.emplace(1, 1); // expected-note{{handle into 'm' obtained here}}
  m.clear(); // expected-note{{'m' cleared here}}
  // CHECK: :[[@LINE+1]]:10: warning: the handle points into 'm', whose elements were destroyed by 'clear' [lifeguard-container-invalidation]
  return inserted.first->second; // expected-warning{{'inserted.first' points into 'm', whose elements were destroyed by 'clear'}} expected-note{{'inserted.first' points into 'm', whose elements were destroyed by 'clear'}}
}

int boundThenCleared(std::map<int, int> &m) {
  auto [it, fresh] = m.emplace(1, 1); // expected-note{{handle into 'm' obtained here}}
  m.clear(); // expected-note{{'m' cleared here}}
  // CHECK: :[[@LINE+1]]:10: warning: the handle points into 'm', whose elements were destroyed by 'clear' [lifeguard-container-invalidation]
  return it->second; // expected-warning{{'it' points into 'm', whose elements were destroyed by 'clear'}} expected-note{{'it' points into 'm', whose elements were destroyed by 'clear'}}
}

// A recursion inserts while an outer run holds the iterator its own
// insertion returned: the analyzer's, which inlines the recursion.
// Near miss: a reference to the element instead, which a rehash keeps.
std::unordered_map<int, long> pathCounts;
long countPaths(int n) {
  if (n < 2) // expected-note{{Assuming 'n' is >= 2}} expected-note{{Taking false branch}}
    return 1;
  auto found = pathCounts.find(n);
  if (found != pathCounts.end()) // expected-note{{Taking false branch}}
    return found->second;
  auto slot = pathCounts.emplace(n, 0).first; // expected-note{{handle into 'pathCounts' obtained here}} expected-note{{'pathCounts' rehashed here}}
  long total = countPaths(n - 1) + countPaths(n - 2);
  slot->second = total; // expected-warning{{'slot' points into 'pathCounts', whose iterators were invalidated by 'emplace'}} expected-note{{'slot' points into 'pathCounts', whose iterators were invalidated by 'emplace'}}
  return total;
}

std::unordered_map<int, long> wayCounts;
long countWays(int n) {
  if (n < 2)
    return 1;
  auto found = wayCounts.find(n);
  if (found != wayCounts.end())
    return found->second;
  long &slot = wayCounts[n];
  slot = countWays(n - 1) + countWays(n - 2);
  return slot;
}

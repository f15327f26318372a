// erase(k) given the key inside an element: the element erased is the one
// that holds the key, so the iterators and references that designate that
// element are invalid after the call. Both engines.
//
// Positives: a range-for over a map erasing the key of its element, with a
// structured binding and without; a range-for over a set erasing its
// element (the loop variable a copy the body does not change); `s.erase(*it)`
// then `*it`; the key copied out of the element first, then the iterator
// read (analyzer: the copy's value is followed to the element it was read
// from).
// Negatives: the same loops leaving with `break` after the erase; the key
// of one map's element erased from another map; the keys collected during
// the loop and erased after it; the key saved and the iterator advanced
// before the erase by key (the usual idiom); another key than the
// element's (`kv.first + 1`, a map keeps the other elements' handles).
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++17 -Xclang -verify %s

#include <map>
#include <set>
#include <string>
#include <vector>

void dropEmptyStock(std::map<std::string, int> &stock) {
  for (auto &[name, qty] : stock) // expected-warning{{'erase' invalidated the iterator of the range-for loop over 'stock'}} expected-note{{handle into 'stock' obtained here}} expected-note{{'erase' invalidated the iterator of the range-for loop over 'stock'}}
    if (qty == 0) // expected-note{{Assuming qty is equal to 0}} expected-note{{Taking true branch}}
      // CHECK: :[[@LINE+2]]:7: warning: 'erase' invalidates the iterator of the range-for loop over 'stock' that runs it [lifeguard-container-invalidation]
      // CHECK: :[[@LINE-3]]:26: note: the loop over 'stock' continues with its invalidated iterator here
      stock.erase(name); // expected-note{{'stock' erased from here}}
}

void dropIdle(std::map<int, int> &idleSeconds) {
  for (const auto &entry : idleSeconds) // expected-warning{{'erase' invalidated the iterator of the range-for loop over 'idleSeconds'}} expected-note{{handle into 'idleSeconds' obtained here}} expected-note{{'erase' invalidated the iterator of the range-for loop over 'idleSeconds'}}
    if (entry.second > 300) // expected-note{{Assuming field 'second' is > 300}} expected-note{{Taking true branch}}
      // CHECK: :[[@LINE+1]]:7: warning: 'erase' invalidates the iterator of the range-for loop over 'idleSeconds' that runs it [lifeguard-container-invalidation]
      idleSeconds.erase(entry.first); // expected-note{{'idleSeconds' erased from here}}
}

void dropNegativeIds(std::set<int> &ids) {
  for (int id : ids) // expected-warning{{'erase' invalidated the iterator of the range-for loop over 'ids'}} expected-note{{handle into 'ids' obtained here}} expected-note{{'erase' invalidated the iterator of the range-for loop over 'ids'}}
    if (id < 0) // expected-note{{Assuming 'id' is < 0}} expected-note{{Taking true branch}}
      // CHECK: :[[@LINE+1]]:7: warning: 'erase' invalidates the iterator of the range-for loop over 'ids' that runs it [lifeguard-container-invalidation]
      ids.erase(id); // expected-note{{'ids' erased from here}}
}

int nextTimer(std::set<int> &timers, int now) {
  auto due = timers.upper_bound(now); // expected-note{{handle into 'timers' obtained here}}
  if (due == timers.end()) // expected-note{{Taking false branch}}
    return -1;
  timers.erase(*due); // expected-note{{'timers' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'due' points into 'timers', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return *due; // expected-warning{{'due' points into 'timers', whose element was erased by 'erase'}} expected-note{{'due' points into 'timers', whose element was erased by 'erase'}}
}

int keyCopiedThenErased(std::map<int, int> &balances) {
  auto it = balances.begin(); // expected-note{{handle into 'balances' obtained here}}
  if (it == balances.end()) // expected-note{{Taking false branch}}
    return 0;
  int key = it->first;
  balances.erase(key); // expected-note{{'balances' erased from here}}
  return it->second; // expected-warning{{'it' points into 'balances', whose element was erased by 'erase'}} expected-note{{'it' points into 'balances', whose element was erased by 'erase'}}
}

// Near misses.
bool dropFirstEmpty(std::map<std::string, int> &stock) {
  for (auto &[name, qty] : stock)
    if (qty == 0) {
      stock.erase(name);
      return true;
    }
  return false;
}

void dropFirstIdle(std::map<int, int> &idleSeconds) {
  for (auto &entry : idleSeconds)
    if (entry.second > 300) {
      idleSeconds.erase(entry.first);
      break;
    }
}

void forgetSeen(const std::map<int, int> &seen, std::map<int, int> &pending) {
  for (const auto &entry : seen)
    pending.erase(entry.first);
}

void dropIdleAfterLoop(std::map<int, int> &idleSeconds) {
  std::vector<int> idle;
  for (const auto &entry : idleSeconds)
    if (entry.second > 300)
      idle.push_back(entry.first);
  for (int key : idle)
    idleSeconds.erase(key);
}

int dropZeroBalances(std::map<int, int> &balances) {
  int total = 0;
  for (auto it = balances.begin(); it != balances.end();) {
    int key = it->first;
    int balance = it->second;
    ++it;
    if (balance == 0)
      balances.erase(key);
    else
      total += balance;
  }
  return total;
}

void dropSuccessors(std::map<int, int> &slots) {
  for (const auto &slot : slots)
    if (slot.second < 0)
      slots.erase(slot.first + 1);
}

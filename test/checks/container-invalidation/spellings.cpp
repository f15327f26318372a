// Handles into a container's elements used after the standard says a call
// invalidated them: each source spelling, each invalidating operation.
//
// Positives: `&v[i]`, `&v.at(i)`, `data()`, `front()`/`back()` (pointer and
// reference), `begin()`, `find()`, `lower_bound()`, `&*it`, `c_str()`,
// `std::string_view` and `std::span` of the container; then push_back,
// emplace_back, insert, resize, reserve, append, `+=`, assign, `=`,
// shrink_to_fit and clear; a deque's insertion in the middle, a deque's
// push_back for an iterator, clear of a list and of a map; the use as a
// read, a write through a reference (`ref = 10`), a member call, a call; a pointer parameter's container; containers that are fields
// of a struct.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++20 -I%S/Inputs | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <algorithm>
#include <deque>
#include <list>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct Order {
  int id;
  double price;
  void ship();
};

void consume(int);
void print(std::string_view);

int subscriptThenPushBack(std::vector<int> &v) {
  int *first = &v[0];
  v.push_back(3);
  // CHECK: :[[@LINE+3]]:10: warning: 'first' points into 'v', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-3]]:17: note: pointer to an element of 'v' obtained here
  // CHECK: :[[@LINE-3]]:3: note: 'v' reallocated here
  return *first;
}

double atThenEmplaceBack(std::vector<Order> &orders) {
  Order *o = &orders.at(1);
  orders.emplace_back();
  // CHECK: :[[@LINE+1]]:10: warning: 'o' points into 'orders', whose storage was reallocated by 'emplace_back'
  return o->price;
}

void frontThenInsert(std::vector<Order> &orders, const Order &extra) {
  Order &head = orders.front();
  orders.insert(orders.begin(), extra);
  // CHECK: :[[@LINE+2]]:3: warning: 'head' points into 'orders', whose storage was reallocated by 'insert'
  // CHECK: :[[@LINE-3]]:17: note: reference to an element of 'orders' bound here
  head.ship();
}

void backThenResize(std::vector<int> &v) {
  int &last = v.back();
  v.resize(v.size() * 2);
  // CHECK: :[[@LINE+1]]:3: warning: 'last' points into 'v', whose storage was reallocated by 'resize'
  last = 10;
}

int dataThenReserve(std::vector<int> &v) {
  const int *p = v.data();
  v.reserve(1000);
  // CHECK: :[[@LINE+1]]:10: warning: 'p' points into 'v', whose storage was reallocated by 'reserve'
  return p[2];
}

int beginThenShrink(std::vector<int> &v) {
  auto it = v.begin();
  v.shrink_to_fit();
  // CHECK: :[[@LINE+2]]:10: warning: 'it' points into 'v', whose storage was reallocated by 'shrink_to_fit'
  // CHECK: :[[@LINE-3]]:13: note: iterator into 'v' obtained here
  return *it;
}

int findThenClear(std::vector<int> &v) {
  auto it = std::find(v.begin(), v.end(), 7);
  v.clear();
  // CHECK: :[[@LINE+2]]:10: warning: 'it' points into 'v', whose elements were destroyed by 'clear'
  // CHECK: :[[@LINE-2]]:3: note: 'v' cleared here
  return *it;
}

int derefIteratorThenAssign(std::vector<int> &v, const std::vector<int> &w) {
  int *p = &*v.begin();
  v = w;
  // CHECK: :[[@LINE+1]]:10: warning: 'p' points into 'v', whose storage was reallocated by 'operator='
  return *p;
}

int assignCall(std::vector<int> &v) {
  int *p = &v[1];
  v.assign(10, 0);
  // CHECK: :[[@LINE+1]]:10: warning: 'p' points into 'v', whose storage was reallocated by 'assign'
  return *p;
}

void cStrThenAppend(std::string &s) {
  const char *p = s.c_str();
  s.append("tail");
  // CHECK: :[[@LINE+1]]:3: warning: 'p' points into 's', whose storage was reallocated by 'append'
  print(p);
}

void viewThenPlusEquals(std::string s) {
  std::string_view view{s};
  s += " and more";
  // CHECK: :[[@LINE+2]]:3: warning: 'view' points into 's', whose storage was reallocated by 'operator+='
  // CHECK: :[[@LINE-3]]:25: note: view of 's' made here
  print(view);
}

int spanThenPushBack() {
  std::vector<int> local{1, 2, 3};
  std::span<int> all{local};
  local.push_back(4);
  // CHECK: :[[@LINE+1]]:10: warning: 'all' points into 'local', whose storage was reallocated by 'push_back'
  return all[0];
}

int lowerBoundOfSortedVector(std::vector<int> &sorted, int key) {
  auto pos = std::lower_bound(sorted.begin(), sorted.end(), key);
  sorted.insert(pos, key);
  // CHECK: :[[@LINE+1]]:10: warning: 'pos' points into 'sorted', whose storage was reallocated by 'insert'
  return *pos;
}

void dequeMiddleInsert(std::deque<int> &d) {
  int &second = d[1];
  d.insert(d.begin() + 1, 5);
  // CHECK: :[[@LINE+1]]:11: warning: 'second' points into 'd', whose storage was reallocated by 'insert'
  consume(second);
}

int dequeIteratorAcrossPushBack(std::deque<int> &d) {
  auto it = d.begin();
  d.push_back(1);
  // CHECK: :[[@LINE+1]]:10: warning: 'it' points into 'd', whose iterators were invalidated by 'push_back'
  return *it;
}

int listClear(std::list<int> &l) {
  int &r = l.front();
  l.clear();
  // CHECK: :[[@LINE+1]]:10: warning: 'r' points into 'l', whose elements were destroyed by 'clear'
  return r;
}

int mapIteratorAcrossClear(std::map<int, int> &m) {
  auto it = m.find(3);
  m.clear();
  // CHECK: :[[@LINE+1]]:10: warning: 'it' points into 'm', whose elements were destroyed by 'clear'
  return it->second;
}

int mapEraseIterator(std::map<int, int> &m) {
  auto it = m.find(3);
  m.erase(it);
  // CHECK: :[[@LINE+1]]:10: warning: 'it' points into 'm', whose element was erased by 'erase'
  return it->second;
}

int throughPointerParameter(std::vector<int> *pv) {
  int &r = (*pv)[0];
  pv->push_back(2);
  // CHECK: :[[@LINE+1]]:10: warning: 'r' points into 'pv', whose storage was reallocated by 'push_back'
  return r;
}

int localVector() {
  std::vector<int> v{1, 2};
  int &r = v.front();
  v.push_back(3);
  // CHECK: :[[@LINE+1]]:10: warning: 'r' points into 'v', whose storage was reallocated by 'push_back'
  return r;
}

struct Book {
  std::vector<Order> orders;
  std::string title;
};

double fieldOfAStruct(Book &b) {
  Order *first = &b.orders[0];
  b.orders.push_back(Order{});
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'b.orders', whose storage was reallocated by 'push_back'
  return first->price;
}

double fieldThroughAReference(Book &b) {
  auto &orders = b.orders;
  Order &first = orders.front();
  orders.push_back(Order{});
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'b.orders', whose storage was reallocated by 'push_back'
  return first.price + orders.size();
}

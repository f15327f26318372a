// Invalidation through methods of the object that owns the container, and
// through helpers, templates, macros and code in a header.
//
// Positives: `Entry *e = book.find(k); book.add(x); e->...` where add grows
// the vector find points into (bodies in the header); the same with
// reset() (clear) and through a pointer to the book; an iterator into a
// member deque kept across a method that grows it at its end, in a loop; inside a member
// function: a handle into a member taken, then a method that grows it; a
// helper that grows its reference parameter; a function template over the
// element type, instantiated twice (reported once, in the template); the
// growth written in a macro; a use in a header's inline function.
// Negatives: methods that do not move the storage (count, rename); a
// reference into the member deque across the same method; the
// handle re-obtained through find() after add(); a helper that only reads;
// an uninstantiated template.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 -I%S/Inputs | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include "order-book.h"

#include <deque>
#include <string>
#include <vector>

// clang-tidy sorts the header's diagnostics first.
// CHECK: {{.*}}order-book.h:44:10: warning: 'p' points into 'v', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
// CHECK: {{.*}}order-book.h:42:12: note: pointer to an element of 'v' obtained here
// CHECK: {{.*}}order-book.h:43:3: note: 'v' reallocated here

int methodsOfTheOwner(OrderBook &book) {
  Entry *e = book.find(3);
  book.add(4);
  // CHECK: :[[@LINE+3]]:10: warning: 'e' points into 'book.entries_', whose storage was reallocated by 'add' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-3]]:19: note: pointer to an element of 'book.entries_' obtained here
  // CHECK: :[[@LINE-3]]:3: note: 'book.entries_' reallocated here
  return e->id;
}

std::string resetThenUse(OrderBook *book) {
  Entry &last = book->last();
  book->reset();
  // CHECK: :[[@LINE+1]]:10: warning: 'last' points into 'book.entries_', whose elements were destroyed by 'reset'
  return last.name;
}

class Cache {
public:
  int refresh() {
    int *first = &values_[0];
    grow();
    // CHECK: :[[@LINE+1]]:12: warning: 'first' points into 'values_', whose storage was reallocated by 'grow'
    return *first;
  }

private:
  void grow() { values_.resize(values_.size() * 2); }
  std::vector<int> values_;
};

void growHelper(std::vector<double> &v) { v.push_back(0.0); }

double throughAHelper(std::vector<double> &samples) {
  const double &peak = samples[0];
  growHelper(samples);
  // CHECK: :[[@LINE+1]]:10: warning: 'peak' points into 'samples', whose storage was reallocated by 'growHelper'
  return peak;
}

template <class T> T firstAfterAppend(std::vector<T> &v) {
  T *first = v.data();
  appendDefault(v);
  // Reported once: clang-tidy drops the second instantiation's duplicate.
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'v', whose storage was reallocated by 'appendDefault'
  return *first;
}

int instantiate(std::vector<int> &a, std::vector<long> &b) {
  return firstAfterAppend(a) + static_cast<int>(firstAfterAppend(b));
}

int grownByAMacro(std::vector<int> &v) {
  int &r = v[0];
  GROW(v);
  // CHECK: :[[@LINE+3]]:10: warning: 'r' points into 'v', whose storage was reallocated by 'push_back'
  // CHECK: :[[@LINE-2]]:3: note: 'v' reallocated here
  // CHECK: {{.*}}order-book.h:38:17: note: expanded from macro 'GROW'
  return r;
}

int headerUse(std::vector<int> &v) { return staleInHeader(v); }

struct Event { int kind; };

class EventLog {
public:
  void append(int kind) { events_.push_back(Event{kind}); }
  std::deque<Event>::iterator cursor() { return events_.begin(); }
  Event &oldest() { return events_.front(); }

private:
  std::deque<Event> events_;
};

int dequeIteratorAcrossAMethod(EventLog &log) {
  auto cursor = log.cursor();
  for (int i = 0; i < 5000; ++i)
    log.append(i % 3);
  // CHECK: :[[@LINE+3]]:10: warning: 'cursor' points into 'log.events_', whose iterators were invalidated by 'append' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-4]]:21: note: iterator into 'log.events_' obtained here
  // CHECK: :[[@LINE-3]]:5: note: 'log.events_' grown at one end here
  return cursor->kind;
}

// ===== Negatives =====

int dequeReferenceAcrossAMethod(EventLog &log) {
  Event &oldest = log.oldest();
  for (int i = 0; i < 5000; ++i)
    log.append(i % 3);
  return oldest.kind;
}

std::string methodsThatKeepTheStorage(OrderBook &book) {
  Entry *e = book.find(3);
  int n = book.count();
  book.rename(3, "x");
  return e ? e->name + std::to_string(n) : "";
}

int reobtainedThroughFind(OrderBook &book) {
  Entry *e = book.find(3);
  book.add(4);
  e = book.find(4);
  return e ? e->id : 0;
}

double readOnly(const std::vector<double> &v) { return v.empty() ? 0 : v[0]; }

double helperThatReads(std::vector<double> &samples) {
  const double &peak = samples[0];
  double sum = readOnly(samples);
  return peak + sum;
}

template <class T> T neverInstantiated(std::vector<T> &v) {
  T *p = v.data();
  v.push_back(T());
  return *p;
}

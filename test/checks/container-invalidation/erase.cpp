// A vector's or string's erase moves the elements after the erased one
// down: whichever element goes, the handles to the last element and the
// end iterator taken before are invalid. Both engines.
//
// Positives: a reference to back() across erase(begin()); the end iterator
// a loop saved, compared after `it = v.erase(it)`; a string's end across
// erase(pos, n); a pointer to back() across erase of a range; back()
// across a method that erases on every path; back() across pop_back, in a
// template (a vector's pop_back is an erase at its end); an element, or a
// pointer to one, taken through the iterator given to erase(it), which is
// not read after the call.
// Negatives: front() across an erase at the end (valid unless it was the
// erased one); a list's and a map's end across erase; a deque's end across
// an erase at its front (only the middle and the back invalidate it); the
// end taken again after the erase; the last element copied out before
// pop_back; a reference to a trivially destructible last element read after
// pop_back (the destroyed element's storage stays in the buffer: the
// pattern of LLVM's own ASTMatchers.h); a deque's back across pop_back after a push_back, for the
// clang-tidy check (which element goes depends on what was pushed since:
// the analyzer's paths decide it); the next iterator of a map or a set,
// taken before erase(it) (`std::next(it)`, a copy advanced), which stays
// valid although it was found by the same call; a value copied out of the
// erased element; an element taken through another iterator, through the
// iterator before it was advanced, or what an element points to.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++20 -Xclang -verify %s

#include <deque>
#include <iterator>
#include <list>
#include <map>
#include <set>
#include <string>
#include <vector>

int lastAcrossEraseOfFirst(std::vector<int> &queue) {
  int &newest = queue.back(); // expected-note{{handle into 'queue' obtained here}}
  queue.erase(queue.begin()); // expected-note{{'queue' erased from here}}
  // CHECK: :[[@LINE+3]]:10: warning: 'newest' points into 'queue', whose element was erased by 'erase' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-3]]:17: note: reference to an element of 'queue' bound here
  // CHECK: :[[@LINE-3]]:3: note: 'queue' erased from here
  return newest; // expected-warning{{'newest' points into 'queue', whose element was erased by 'erase'}} expected-note{{'newest' points into 'queue', whose element was erased by 'erase'}}
}

void dropNegatives(std::vector<int> &samples) {
  // CHECK: :[[@LINE+1]]:57: warning: 'stop' points into 'samples', whose element was erased by 'erase' [lifeguard-container-invalidation]
  for (auto it = samples.begin(), stop = samples.end(); it != stop;) { // expected-note{{handle into 'samples' obtained here}} expected-note{{Loop condition is true.  Entering loop body}} expected-warning{{'stop' points into 'samples', whose element was erased by 'erase'}} expected-note{{'stop' points into 'samples', whose element was erased by 'erase'}}
    if (*it < 0) // expected-note{{Assuming the condition is true}} expected-note{{Taking true branch}}
      it = samples.erase(it); // expected-note{{'samples' erased from here}}
    else
      ++it;
  }
}

char endAcrossErasePrefix(std::string &line) {
  std::string::iterator stop = line.end(); // expected-note{{handle into 'line' obtained here}}
  line.erase(0, 2); // expected-note{{'line' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'stop' points into 'line', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return *(stop - 1); // expected-warning{{'stop' points into 'line', whose element was erased by 'erase'}} expected-note{{'stop' points into 'line', whose element was erased by 'erase'}}
}

int lastAcrossRangeErase(std::vector<int> &ids) {
  int *last = &ids.back(); // expected-note{{handle into 'ids' obtained here}} expected-note{{'last' now points to an element of 'ids'}}
  ids.erase(ids.begin(), ids.begin() + 2); // expected-note{{'ids' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'last' points into 'ids', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return *last; // expected-warning{{'last' points into 'ids', whose element was erased by 'erase'}} expected-note{{'last' points into 'ids', whose element was erased by 'erase'}}
}

// Through a helper or a method that erases on every path (its summary).
struct Emitter {
  std::vector<int> particles;
  void dropOldest() { particles.erase(particles.begin()); } // expected-note{{'particles' erased from here}}
};
int newestAcrossMethod(Emitter &emitter) {
  int &newest = emitter.particles.back(); // expected-note{{handle into 'particles' obtained here}}
  emitter.dropOldest();
  // CHECK: :[[@LINE+1]]:10: warning: 'newest' points into 'emitter.particles', whose element was erased by 'dropOldest' [lifeguard-container-invalidation]
  return newest; // expected-warning{{'newest' points into 'particles', whose element was erased by 'erase'}} expected-note{{'newest' points into 'particles', whose element was erased by 'erase'}}
}

template <class Stack> auto popTop(Stack &stack) {
  const auto &top = stack.back(); // expected-note{{handle into 'stack' obtained here}}
  stack.pop_back(); // expected-note{{'stack' erased from here}}
  // CHECK: :[[@LINE+3]]:10: warning: 'top' points into 'stack', whose element was erased by 'pop_back' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-3]]:21: note: reference to an element of 'stack' bound here
  // CHECK: :[[@LINE-3]]:3: note: 'stack' erased from here
  return top; // expected-warning{{'top' points into 'stack', whose element was erased by 'pop_back'}} expected-note{{'top' points into 'stack', whose element was erased by 'pop_back'}}
}
std::string popName(std::vector<std::string> &names) { return popTop(names); } // expected-note-re{{Calling 'popTop<{{.*}}>'}}

// --- Near misses -----------------------------------------------------------

int trivialElementAfterPop(std::vector<int> &stack) {
  const int &top = stack.back();
  stack.pop_back();
  return top;
}

int copiedOutBeforePop(std::vector<int> &stack) {
  int top = stack.back();
  stack.pop_back();
  return top;
}

int dequeBackAcrossAnotherPop(std::deque<int> &d) {
  int &last = d.back();
  d.push_back(1);
  d.pop_back();
  return last;
}

// A helper that erases on some paths only: silent for the clang-tidy
// check, whose rule is every path; the analyzer follows the path (back()
// says the vector is not empty, so the erase happens).
void dropFrontIfAny(std::vector<int> &v) {
  if (!v.empty())
    v.erase(v.begin()); // expected-note{{'v' erased from here}}
}
int lastAcrossMaybeErase(std::vector<int> &v) {
  int &last = v.back(); // expected-note{{handle into 'v' obtained here}}
  dropFrontIfAny(v);
  return last; // expected-warning{{'last' points into 'v', whose element was erased by 'erase'}} expected-note{{'last' points into 'v', whose element was erased by 'erase'}}
}

int firstAcrossEraseAtEnd(std::vector<int> &v) {
  int &first = v.front();
  v.erase(v.end() - 1);
  return first;
}

int listEnd(std::list<int> &l) {
  auto stop = l.end();
  l.erase(l.begin());
  return l.begin() == stop ? 0 : 1;
}

int mapEnd(std::map<int, int> &m) {
  auto stop = m.end();
  m.erase(m.begin());
  return m.find(1) == stop ? 0 : 1;
}

int dequeEndAcrossPopFront(std::deque<int> &d) {
  auto stop = d.end();
  d.erase(d.begin());
  return d.begin() == stop ? 0 : 1;
}

int endTakenAgain(std::vector<int> &v) {
  auto stop = v.end();
  v.erase(v.begin());
  stop = v.end();
  return v.begin() == stop ? 0 : 1;
}

int nextAcrossErase(std::map<int, int> &balances) {
  int total = 0;
  for (auto it = balances.begin(); it != balances.end();) {
    auto next = std::next(it);
    if (it->second == 0)
      balances.erase(it);
    it = next;
    if (it != balances.end())
      total += it->second;
  }
  return total;
}

int advancedCopyAcrossErase(std::set<int> &ids) {
  auto it = ids.begin();
  if (it == ids.end())
    return 0;
  auto next = it;
  ++next;
  ids.erase(it);
  return next == ids.end() ? 0 : *next;
}

// An element taken through the iterator given to erase(it), the iterator
// itself no longer read after the call.
struct Session {
  int fd;
  const char *peer;
};
int sessionAcrossErase(std::map<int, Session> &sessions, int id) {
  auto it = sessions.find(id); // expected-note{{handle into 'sessions' obtained here}}
  if (it == sessions.end()) // expected-note{{Taking false branch}}
    return -1;
  Session &closing = it->second;
  sessions.erase(it); // expected-note{{'sessions' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'closing' points into 'sessions', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return closing.fd; // expected-warning{{'closing' points into 'sessions', whose element was erased by 'erase'}} expected-note{{'closing' points into 'sessions', whose element was erased by 'erase'}}
}

int memberPointerAcrossErase(std::set<int> &ids) {
  auto it = ids.begin(); // expected-note{{handle into 'ids' obtained here}}
  if (it == ids.end()) // expected-note{{Taking false branch}}
    return 0;
  const int *smallest = &*it; // expected-note{{'smallest' now points to an element of 'ids'}}
  ids.erase(it); // expected-note{{'ids' erased from here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'smallest' points into 'ids', whose element was erased by 'erase' [lifeguard-container-invalidation]
  return *smallest; // expected-warning{{'smallest' points into 'ids', whose element was erased by 'erase'}} expected-note{{'smallest' points into 'ids', whose element was erased by 'erase'}}
}

// Near misses: the value copied out first; the element of another
// iterator; the object an element points to; an element taken through
// the iterator before it was advanced to the one erased.
int fdCopiedBeforeErase(std::map<int, Session> &sessions, int id) {
  auto it = sessions.find(id);
  if (it == sessions.end())
    return -1;
  int fd = it->second.fd;
  sessions.erase(it);
  return fd;
}

int neighbourAcrossErase(std::map<int, int> &slots) {
  auto it = slots.begin();
  if (it == slots.end())
    return 0;
  auto next = std::next(it);
  if (next == slots.end())
    return 0;
  int &kept = next->second;
  slots.erase(it);
  return kept;
}

int pointeeAcrossErase(std::map<int, Session *> &open, int id) {
  auto it = open.find(id);
  if (it == open.end())
    return -1;
  Session &s = *it->second;
  open.erase(it);
  return s.fd;
}

int firstAcrossEraseOfSecond(std::map<int, int> &slots) {
  auto it = slots.begin();
  if (it == slots.end())
    return 0;
  int &first = it->second;
  ++it;
  if (it == slots.end())
    return 0;
  slots.erase(it);
  return first;
}

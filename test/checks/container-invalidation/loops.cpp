// Containers modified while a loop iterates over them.
//
// Positives: push_back, emplace_back, insert and erase inside a range-for
// over the same container, directly, under a condition, through a reference
// to it, on a field; `erase(it)` in an iterator loop that then advances the
// erased iterator (vector, map, list, unordered_map); an element
// reference of the loop used after the body grew the container (one report,
// the loop's); a range-for over a view the string grew under before the
// loop began (reported as a use of the loop's iterator, not as the body's
// doing).
// Negatives: the `it = erase(it)` idiom; `erase(it++)` on node containers;
// a modification followed by `break` or `return`; collecting into another
// container; an index loop that grows the container; modifying another
// container; std::list insertions in a range-for over it (node handles
// stay valid).
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct Task {
  int priority;
  std::vector<Task> children;
};

bool urgent(int);

void growsInsideRangeFor(std::vector<int> &queue) {
  // CHECK: :[[@LINE+4]]:7: warning: 'push_back' invalidates the iterator of the range-for loop over 'queue' that runs it [lifeguard-container-invalidation]
  // CHECK: :[[@LINE+1]]:16: note: the loop over 'queue' continues with its invalidated iterator here
  for (int job : queue)
    if (urgent(job))
      queue.push_back(job + 1);
}

void growsUnconditionally(std::vector<std::string> &names) {
  for (const std::string &n : names)
    // CHECK: :[[@LINE+1]]:5: warning: 'emplace_back' invalidates the iterator of the range-for loop over 'names' that runs it
    names.emplace_back(n + "'");
}

void growsThroughAReference(std::vector<int> &values) {
  auto &alias = values;
  for (int v : values) {
    if (v > 10)
      // CHECK: :[[@LINE+1]]:7: warning: 'insert' invalidates the iterator of the range-for loop over 'values' that runs it
      alias.insert(alias.begin(), v);
  }
}

void growsAField(Task &t) {
  for (Task &child : t.children)
    if (child.priority > 3)
      // CHECK: :[[@LINE+1]]:7: warning: 'push_back' invalidates the iterator of the range-for loop over 't.children' that runs it
      t.children.push_back(Task{1, {}});
}

void erasesInsideRangeFor(std::map<int, std::string> &byId) {
  for (auto &entry : byId)
    if (entry.second.empty())
      // CHECK: :[[@LINE+1]]:7: warning: 'clear' invalidates the iterator of the range-for loop over 'byId' that runs it
      byId.clear();
}

void eraseWithoutReassigning(std::vector<int> &v) {
  // CHECK: :[[@LINE+3]]:29: warning: 'it' points into 'v', whose element was erased by 'erase' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE+2]]:18: note: iterator into 'v' obtained here
  // CHECK: :[[@LINE+3]]:7: note: 'v' erased from here
  for (auto it = v.begin(); it != v.end(); ++it)
    if (*it < 0)
      v.erase(it);
}

void eraseFromMapInWhile(std::map<int, int> &m) {
  auto it = m.begin();
  // The first use in the source is the loop's condition, reached again.
  // CHECK: :[[@LINE+1]]:10: warning: 'it' points into 'm', whose element was erased by 'erase'
  while (it != m.end()) {
    if (it->second == 0)
      m.erase(it);
    ++it;
  }
}

void eraseFromListInFor(std::list<int> &l) {
  // CHECK: :[[@LINE+1]]:29: warning: 'it' points into 'l', whose element was erased by 'erase'
  for (auto it = l.begin(); it != l.end(); ++it)
    if (*it == 0) {
      l.erase(it);
    }
}

void eraseFromUnorderedMap(std::unordered_map<std::string, int> &counts) {
  for (auto it = counts.begin(); it != counts.end(); ++it) {
    if (it->second == 0)
      counts.erase(it);
  }
  // CHECK: :[[@LINE-4]]:34: warning: 'it' points into 'counts', whose element was erased by 'erase'
}

int elementReferenceAfterGrowth(std::vector<int> &v) {
  int total = 0;
  for (int &x : v) {
    // One report: the loop's covers its element reference.
    // CHECK: :[[@LINE+1]]:5: warning: 'push_back' invalidates the iterator of the range-for loop over 'v' that runs it
    v.push_back(x);
    total += x;
  }
  return total;
}

// ===== Negatives =====

void eraseReturnsTheNext(std::vector<int> &v) {
  for (auto it = v.begin(); it != v.end();) {
    if (*it < 0)
      it = v.erase(it);
    else
      ++it;
  }
}

void eraseWithPostIncrement(std::map<int, int> &m, std::set<int> &s) {
  for (auto it = m.begin(); it != m.end();) {
    if (it->second == 0)
      m.erase(it++);
    else
      ++it;
  }
  for (auto it = s.begin(); it != s.end();)
    if (*it % 2)
      s.erase(it++);
    else
      ++it;
}

void growsThenBreaks(std::vector<int> &v) {
  for (int x : v)
    if (x == 0) {
      v.push_back(1);
      break;
    }
}

bool growsThenReturns(std::vector<int> &v) {
  for (int x : v)
    if (x == 0) {
      v.push_back(1);
      return true;
    }
  return false;
}

void collectsIntoAnother(const std::vector<int> &in, std::vector<int> &out) {
  for (int x : in)
    if (x > 0)
      out.push_back(x);
}

void indexLoopGrows(std::vector<int> &v) {
  for (size_t i = 0; i < v.size(); ++i)
    if (v[i] > 0 && v.size() < 100)
      v.push_back(v[i] - 1);
}

void listGrowsWhileIterating(std::list<int> &l) {
  for (int x : l)
    if (x > 100)
      l.push_back(x / 2);
}

void mapInsertsWhileIterating(std::map<int, int> &m) {
  for (auto &kv : m)
    if (kv.second > 0)
      m[kv.first + 1000] = 0;
}

void reassignedAfterTheLoop(std::vector<int> &v) {
  auto it = v.begin();
  v.push_back(1);
  it = v.begin();
  (void)*it;
}

int countAfterPaste(std::string &text) {
  std::string_view second = std::string_view(text).substr(11, 11);
  for (int i = 0; i < 20; ++i)
    text += "pasted line";
  int n = 0;
  for (char c : second)
    // CHECK: :[[@LINE-1]]:15: warning: the iterator of the range-for loop points into 'text', whose storage was reallocated by 'operator+=' [lifeguard-container-invalidation]
    // CHECK: :[[@LINE-6]]:46: note: pointer to an element of 'text' obtained here
    // CHECK: :[[@LINE-5]]:5: note: 'text' reallocated here
    n += c == 'e';
  return n;
}

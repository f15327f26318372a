// Containers that are not the standard's: those lifeguard knows by default
// (llvm::SmallVector and llvm::SmallString from LLVM's own headers here;
// absl::InlinedVector and boost's small_vector alike) and a project's own,
// named by the VectorLikeContainers and NodeLikeContainers options that
// both engines read. Their members follow std::vector's or std::list's
// rules, whatever their bodies do.
//
// Positives: llvm::SmallVector handles (operator[], data(), begin(), back())
// then push_back, emplace_back, append, clear, through a SmallVectorImpl
// parameter, in a template, through a macro, a range-for that grows its
// SmallVector, a SmallString; mylib::SmallVec and the class derived from it
// when the option names it.
// Negatives: reserve() before the handles; the handle taken again after
// growth; indexes instead of handles; size() after growth; another
// SmallVector grown; the node-like mylib::Chain's front() across
// push_front; mylib::SmallVec when no option names it (its body moves its
// buffer through malloc and free, which the clang-tidy check does not
// follow into a member); a worklist of pointers whose pop_back_val() gives
// back the pointer an element held, not one into the buffer.
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' --config="{CheckOptions: {lifeguard-container-invalidation.VectorLikeContainers: '::mylib::SmallVec', lifeguard-container-invalidation.NodeLikeContainers: 'mylib::Chain'}}" %s -- -std=c++17 -I%S/Inputs -I%llvm_include | FileCheck %s --check-prefixes=CHECK,NAMED --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 -I%S/Inputs -I%llvm_include | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -Xclang -analyzer-config -Xclang lifeguard.ContainerInvalidation:VectorLikeContainers=::mylib::SmallVec -Xclang -analyzer-config -Xclang lifeguard.ContainerInvalidation:NodeLikeContainers=mylib::Chain -std=c++17 -I%S/Inputs -I%llvm_include -Xclang -verify=expected,named %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.StackAddressEscape,lifeguard.PoolMisuse -std=c++20 -I%S/Inputs -I%llvm_include -Xclang -verify %s
//
// A malformed name is a configuration error in both engines.
// RUN: not %tidy --checks='-*,lifeguard-container-invalidation' --config="{CheckOptions: {lifeguard-container-invalidation.VectorLikeContainers: 'mylib::SmallVec<int>'}}" %s -- -std=c++17 -I%S/Inputs -I%llvm_include 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: invalid name 'mylib::SmallVec<int>' in option 'lifeguard-container-invalidation.VectorLikeContainers': expected a qualified class name such as '::mylib::SmallVec' [clang-tidy-config]
// RUN: not %analyze -Xclang -analyzer-config -Xclang 'lifeguard.ContainerInvalidation:NodeLikeContainers=my lib::Chain' -std=c++17 -I%S/Inputs -I%llvm_include %s 2>&1 | FileCheck %s --check-prefix=BAD-ANALYZER
// BAD-ANALYZER: error: invalid name 'my lib::Chain' in option 'lifeguard.ContainerInvalidation:NodeLikeContainers': expected a qualified class name such as '::mylib::SmallVec'

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "user-containers.h"

int elementAcrossPushBack(llvm::SmallVector<int, 4> &values) {
  int &first = values[0]; // expected-note{{handle into 'values' obtained here}}
  values.push_back(5); // expected-note{{'values' reallocated here}}
  // CHECK: :[[@LINE+3]]:10: warning: 'first' points into 'values', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-3]]:16: note: reference to an element of 'values' bound here
  // CHECK: :[[@LINE-3]]:3: note: 'values' reallocated here
  return first; // expected-warning{{'first' points into 'values', whose storage was reallocated by 'push_back'}} expected-note{{'first' points into 'values', whose storage was reallocated by 'push_back'}}
}

// Code written against the base that every SmallVector converts to.
int dataAcrossEmplace(llvm::SmallVectorImpl<int> &values) {
  int *raw = values.data(); // expected-note{{handle into 'values' obtained here}} expected-note{{'raw' now points to an element of 'values'}}
  values.emplace_back(7); // expected-note{{'values' reallocated here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'raw' points into 'values', whose storage was reallocated by 'emplace_back' [lifeguard-container-invalidation]
  return *raw; // expected-warning{{'raw' points into 'values', whose storage was reallocated by 'emplace_back'}} expected-note{{'raw' points into 'values', whose storage was reallocated by 'emplace_back'}}
}

int localAcrossAppend() {
  llvm::SmallVector<int, 2> ids;
  ids.push_back(1);
  int *cursor = ids.begin(); // expected-note{{handle into 'ids' obtained here}} expected-note{{'cursor' now points to an element of 'ids'}}
  int more[] = {2, 3, 4};
  ids.append(more, more + 3); // expected-note{{'ids' reallocated here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'cursor' points into 'ids', whose storage was reallocated by 'append' [lifeguard-container-invalidation]
  return *cursor; // expected-warning{{'cursor' points into 'ids', whose storage was reallocated by 'append'}} expected-note{{'cursor' points into 'ids', whose storage was reallocated by 'append'}}
}

char lastAcrossClear(llvm::SmallString<32> &path) {
  char &last = path.back(); // expected-note{{handle into 'path' obtained here}}
  path.clear(); // expected-note{{'path' cleared here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'last' points into 'path', whose elements were destroyed by 'clear' [lifeguard-container-invalidation]
  return last; // expected-warning{{'last' points into 'path', whose elements were destroyed by 'clear'}} expected-note{{'last' points into 'path', whose elements were destroyed by 'clear'}}
}

template <class Container> int firstAfterGrowth(Container &c) {
  auto &first = c[0]; // expected-note{{handle into 'c' obtained here}}
  c.push_back(0); // expected-note{{'c' reallocated here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'first' points into 'c', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  return first; // expected-warning{{'first' points into 'c', whose storage was reallocated by 'push_back'}} expected-note{{'first' points into 'c', whose storage was reallocated by 'push_back'}}
}
int instantiate(llvm::SmallVector<int, 8> &v) { return firstAfterGrowth(v); } // expected-note{{Calling 'firstAfterGrowth<llvm::SmallVector<int, 8>>'}}

#define REMEMBER_BACK(v) (&(v).back())
int throughMacro(llvm::SmallVector<int, 4> &stack) {
  int *top = REMEMBER_BACK(stack); // expected-note{{handle into 'stack' obtained here}} expected-note{{'top' now points to an element of 'stack'}}
  stack.push_back(1); // expected-note{{'stack' reallocated here}}
  // CHECK: :[[@LINE+1]]:10: warning: 'top' points into 'stack', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  return *top; // expected-warning{{'top' points into 'stack', whose storage was reallocated by 'push_back'}} expected-note{{'top' points into 'stack', whose storage was reallocated by 'push_back'}}
}

// The analyzer's: the clang-tidy check reports a range-for over iterators
// that are raw pointers only when a use follows on every path.
void growWhileIterating(llvm::SmallVector<int, 4> &work) {
  for (int item : work) // expected-note{{handle into 'work' obtained here}} expected-note{{'__begin1' now points to an element of 'work'}} expected-note{{Assuming '__begin1' is not equal to '__end1'}} expected-warning{{'push_back' invalidated the iterator of the range-for loop over 'work'}} expected-note{{'push_back' invalidated the iterator of the range-for loop over 'work'}}
    work.push_back(item + 1); // expected-note{{'work' reallocated here}}
}

int abseilVector(absl::InlinedVector<int, 4> &pending) {
  int &oldest = pending.back(); // expected-note{{handle into 'pending' obtained here}}
  pending.push_back(2); // expected-note{{'pending' reallocated here}}
  // CHECK: :[[@LINE+3]]:10: warning: 'oldest' points into 'pending', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  // CHECK: :[[@LINE-3]]:17: note: reference to an element of 'pending' bound here
  // CHECK: :[[@LINE-3]]:3: note: 'pending' reallocated here
  return oldest; // expected-warning{{'oldest' points into 'pending', whose storage was reallocated by 'push_back'}} expected-note{{'oldest' points into 'pending', whose storage was reallocated by 'push_back'}}
}

// Named by the options: the project's vector and the class derived from it.
int projectVector(mylib::SmallVec<int, 4> &v) {
  int &first = v[0]; // named-note{{handle into 'v' obtained here}}
  v.push_back(5); // named-note{{'v' reallocated here}}
  // NAMED: :[[@LINE+1]]:10: warning: 'first' points into 'v', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  return first; // named-warning{{'first' points into 'v', whose storage was reallocated by 'push_back'}} named-note{{'first' points into 'v', whose storage was reallocated by 'push_back'}}
}

int derivedVector(mylib::Scores &scores) {
  int *best = scores.begin(); // named-note{{handle into 'scores' obtained here}} named-note{{'best' now points to an element of 'scores'}}
  scores.push_back(10); // named-note{{'scores' reallocated here}}
  // NAMED: :[[@LINE+1]]:10: warning: 'best' points into 'scores', whose storage was reallocated by 'push_back' [lifeguard-container-invalidation]
  return *best; // named-warning{{'best' points into 'scores', whose storage was reallocated by 'push_back'}} named-note{{'best' points into 'scores', whose storage was reallocated by 'push_back'}}
}

// --- Near misses -----------------------------------------------------------

int reservedFirst(llvm::SmallVector<int, 2> &v) {
  v.reserve(v.size() + 1);
  int &first = v[0];
  v.push_back(1);
  return first;
}

int takenAgain(llvm::SmallVector<int, 4> &v) {
  int *p = v.data();
  v.push_back(*p);
  p = v.data();
  return *p;
}

int indexes(llvm::SmallVector<int, 4> &v) {
  unsigned last = v.size() - 1;
  v.push_back(3);
  return v[last] + static_cast<int>(v.size());
}

int otherVector(llvm::SmallVector<int, 4> &a, llvm::SmallVector<int, 4> &b) {
  int &first = a[0];
  b.push_back(1);
  return first;
}

int nodeChain(mylib::Chain<int> &chain) {
  int &front = chain.front();
  chain.push_front(2);
  return front;
}

struct TreeNode {
  TreeNode *Kids[2];
  int Weight;
};
int worklistOfPointers(TreeNode *Root) {
  int Sum = 0;
  llvm::SmallVector<TreeNode *, 8> Work{Root};
  while (!Work.empty()) {
    TreeNode *N = Work.pop_back_val();
    if (!N)
      continue;
    Work.push_back(N->Kids[0]);
    Work.push_back(N->Kids[1]);
    Sum += N->Weight;
  }
  return Sum;
}

// Use of a heap object after the smart pointer or container that owns it
// destroyed it.
//
// Positives: a raw pointer from unique_ptr::get() (or a reference from *up,
// or an alias copied from the raw pointer) used after reset(), reset(new),
// assignment of a new object, of nullptr or of another unique_ptr, the
// owner's end of scope, or the end of scope of the unique_ptr it was moved
// to; unique_ptr<T[]>; a temporary unique_ptr; a vector of unique_ptr
// cleared, or (one allocation site) popped or erased, or gone out of scope;
// a map of unique_ptr with one entry erased.
// Negatives: get() used while the owner lives; reset() of another owner;
// release() then use; moved into a container or another owner that lives;
// reset() of a moved-from unique_ptr; a new object fetched after reset();
// shared_ptr with another copy keeping the object; pop_back() when the
// container holds objects from two allocation sites; a conditional pointer
// from one of two owners.
//
// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address -Wno-dangling-gsl | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <memory>
#include <utility>
#include <vector>

struct Widget {
  Widget() = default;
  explicit Widget(int v) : value(v) {}
  int value = 0;
  void run();
};

void adopt(std::unique_ptr<Widget> w);

// ===== Positives: unique_ptr =====

int getThenReset() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  up.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int getThenResetWithNewObject() {
  std::unique_ptr<Widget> up(new Widget);
  Widget *raw = up.get();
  up.reset(new Widget(2));
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int getThenAssignNewObject() {
  auto up = std::make_unique<Widget>(1);
  Widget *raw = up.get();
  up = std::make_unique<Widget>(2);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int getThenAssignNull() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  up = nullptr;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int getThenMoveAssignFromAnotherOwner(std::unique_ptr<Widget> other) {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  up = std::move(other);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int referenceFromDereferenceThenReset() {
  auto up = std::make_unique<Widget>();
  Widget &ref = *up;
  up.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return ref.value;
}

int aliasOfRawPointerThenReset() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  Widget *alias = raw;
  up.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-5]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return alias->value;
}

void methodCallAfterReset() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  up.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  raw->run();
}

int arrayOwnerReset() {
  auto arr = std::make_unique<int[]>(4);
  int *p = arr.get();
  arr.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return p[1];
}

int ownerOutOfScope() {
  Widget *raw;
  {
    auto up = std::make_unique<Widget>();
    raw = up.get();
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

// Moving hands the object to `other`, which destroys it at its end of scope.
int newOwnerOutOfScopeAfterMove() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  {
    std::unique_ptr<Widget> other = std::move(up);
    other->run();
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-7]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

// The unique_ptr is a temporary: the Widget dies with it.
int getOfTemporaryOwner() {
  Widget *raw = std::make_unique<Widget>().get();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: {{.*}}destroyed{{.*}}
  return raw->value;
}

// ===== Positives: containers of unique_ptr =====

int vectorOfOwnersCleared() {
  std::vector<std::unique_ptr<Widget>> widgets;
  widgets.push_back(std::make_unique<Widget>());
  Widget *raw = widgets.back().get();
  widgets.clear();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int vectorOfOwnersFromLoopCleared(int n) {
  std::vector<std::unique_ptr<Widget>> widgets;
  for (int i = 0; i < n; ++i)
    widgets.emplace_back(new Widget(i));
  Widget *first = widgets[0].get();
  widgets.clear();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return first->value;
}

int vectorOfOwnersPopped() {
  std::vector<std::unique_ptr<Widget>> widgets;
  widgets.push_back(std::make_unique<Widget>());
  Widget *raw = widgets.back().get();
  widgets.pop_back();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int vectorOfOwnersErased() {
  std::vector<std::unique_ptr<Widget>> widgets;
  widgets.push_back(std::make_unique<Widget>());
  Widget *raw = widgets.front().get();
  widgets.erase(widgets.begin());
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int vectorOfOwnersOutOfScope() {
  Widget *raw;
  {
    std::vector<std::unique_ptr<Widget>> widgets;
    widgets.push_back(std::make_unique<Widget>());
    raw = widgets[0].get();
  }
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

int mapOfOwnersErased() {
  std::map<int, std::unique_ptr<Widget>> byId;
  byId[1] = std::make_unique<Widget>(1);
  Widget *raw = byId[1].get();
  byId.erase(1);
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  return raw->value;
}

// ===== Negatives =====

int getUsedWhileOwnerLives() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  raw->run();
  return raw->value;
}

int otherOwnerReset() {
  auto a = std::make_unique<Widget>();
  auto b = std::make_unique<Widget>();
  Widget *raw = a.get();
  b.reset();
  return raw->value;
}

int releasedThenUsed() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.release();
  up.reset();
  int v = raw->value;
  delete raw;
  return v;
}

int movedIntoContainerThenUsed(std::vector<std::unique_ptr<Widget>> &all) {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  all.push_back(std::move(up));
  return raw->value;
}

int movedIntoLocalContainerThenUsed() {
  std::vector<std::unique_ptr<Widget>> all;
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  all.push_back(std::move(up));
  return raw->value;
}

int movedIntoLivingOwnerThenUsed() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  std::unique_ptr<Widget> other = std::move(up);
  return raw->value;
}

// After the move `up` is empty: its reset() destroys nothing.
int movedFromOwnerReset() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  std::unique_ptr<Widget> other = std::move(up);
  up.reset();
  return raw->value;
}

int handedToOpaqueSinkThenOwnerReset() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  adopt(std::move(up));
  up.reset();
  return raw->value;
}

int newObjectFetchedAfterReset() {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  up.reset(new Widget(3));
  raw = up.get();
  return raw->value;
}

int sharedCopyKeepsObjectAlive() {
  auto sp = std::make_shared<Widget>();
  Widget *raw = sp.get();
  std::shared_ptr<Widget> keep = sp;
  sp.reset();
  return raw->value;
}

int sharedCopyInContainerKeepsObjectAlive(std::vector<std::shared_ptr<Widget>> &all) {
  auto sp = std::make_shared<Widget>();
  Widget *raw = sp.get();
  all.push_back(sp);
  sp = nullptr;
  return raw->value;
}

// Two allocation sites: pop_back() may destroy the other one.
int popBackWithTwoAllocationSites() {
  std::vector<std::unique_ptr<Widget>> widgets;
  widgets.push_back(std::make_unique<Widget>(1));
  widgets.push_back(std::make_unique<Widget>(2));
  Widget *first = widgets.front().get();
  widgets.pop_back();
  return first->value;
}

int conditionalPointerFromTwoOwners(bool c) {
  auto a = std::make_unique<Widget>();
  auto b = std::make_unique<Widget>();
  Widget *p = c ? a.get() : b.get();
  a.reset();
  return p->value;
}

int resetOnOnePathOnly(bool c) {
  auto up = std::make_unique<Widget>();
  Widget *raw = up.get();
  if (c)
    up.reset();
  return raw->value;
}

int vectorClearedThenRefilledAndRefetched() {
  std::vector<std::unique_ptr<Widget>> widgets;
  widgets.push_back(std::make_unique<Widget>());
  Widget *raw = widgets.back().get();
  widgets.clear();
  widgets.push_back(std::make_unique<Widget>());
  raw = widgets.back().get();
  return raw->value;
}

int derefOfOwnerAfterResetWithNew() {
  auto up = std::make_unique<Widget>();
  up.reset(new Widget(4));
  return up->value;
}

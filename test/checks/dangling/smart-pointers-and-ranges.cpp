// shared_ptr and the ranges views, whose members libstdc++ implements in
// base and nested classes (__shared_ptr, filter_view::_Iterator); unique_ptrs
// from factories the translation unit does not define; and returning a
// pointer to what a local unique_ptr destroys as the function returns.
//
// Negatives: get() of a shared_ptr kept alive by another owner; elements
// reached through filter/keys views of a container that outlives the loop.
// Positives: reset() of a factory's unique_ptr, clear() of a container of
// them, `return up.get();`.

// RUN: %tidy --checks='-*,lifeguard-*' %s -- -std=c++20 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <cstdio>
#include <map>
#include <memory>
#include <ranges>
#include <string>
#include <vector>

struct Task {
  int Id = 0;
};

struct Graph {
  std::vector<std::shared_ptr<Task>> Tasks;
  std::map<int, Task *> ById;
  void add() {
    auto T = std::make_shared<Task>();
    Tasks.push_back(T);
    ById[T->Id] = T.get();
  }
  Task *create() {
    auto T = std::make_shared<Task>();
    Tasks.push_back(T);
    return T.get();
  }
};

int keptBySecondOwner() {
  Task *Raw;
  std::shared_ptr<Task> Keep;
  {
    auto Sp = std::make_shared<Task>();
    Keep = Sp;
    Raw = Sp.get();
  }
  return Raw->Id;
}

struct Index {
  std::vector<int> Data;
  std::vector<int *> Positive;
  std::map<std::string, int> Counts;
  std::vector<const std::string *> Keys;
  void build() {
    for (int &X : Data | std::views::filter([](int V) { return V > 0; }))
      Positive.push_back(&X);
    for (const std::string &K : std::views::keys(Counts))
      Keys.push_back(&K);
  }
};

struct Plugin {
  int Runs = 0;
  void run() { ++Runs; }
};
std::unique_ptr<Plugin> loadPlugin(); // defined in another translation unit

void factoryObjectReset() {
  auto Up = loadPlugin();
  Plugin *P = Up.get();
  Up.reset();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  P->run();
}

void factoryObjectsCleared() {
  std::vector<std::unique_ptr<Plugin>> Loaded;
  Loaded.push_back(loadPlugin());
  Plugin *P = Loaded.back().get();
  Loaded.clear();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
  // CHECK: :[[@LINE-4]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: destroyed here by its owner
  P->run();
}

Plugin *leakedView() {
  auto Up = std::make_unique<Plugin>();
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: returned handle refers to heap object that its owner destroys when the function returns [lifeguard-dangling]
  // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: destroyed here by its owner
  return Up.get();
}

Plugin *handedOver() {
  auto Up = std::make_unique<Plugin>();
  return Up.release();
}

std::unique_ptr<Plugin> returnedOwner() {
  auto Up = std::make_unique<Plugin>();
  return Up;
}

// Loops: storages born again on every iteration, and handles carried from
// one iteration to the next.
//
// Negatives: locals of any type declared in a loop body and used in the same
// iteration (the analysis once kept them dead after the first iteration's
// scope end), new/delete in the same iteration, a new object replacing the
// previous iteration's (deleted, or destroyed by its unique_ptr).
// Positives: a pointer to the previous iteration's variable or owned
// object, and a list
// freed by a for-loop that reads `n->next` after `delete n` (the increment
// runs in a block of its own).
// An object a member function makes (a plugin reloaded): ended only by a
// reload on every path.

// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <memory>
#include <string>
#include <vector>

struct Node {
  int value;
  Node *next;
};

void consume(const std::string &);
void consumeInt(const int &);

enum class Step { Add, Remove };

void plainLocalsInLoopBody(const std::vector<int> &items) {
  for (int item : items) {
    Step step = item > 0 ? Step::Add : Step::Remove;
    consumeInt(static_cast<int>(step));
    std::string name = std::to_string(item);
    consume(name);
  }
}

void localsInWhileBody(int n) {
  while (n-- > 0) {
    std::string line(3, 'x');
    consume(line);
    int copy = n;
    consumeInt(copy);
  }
}

int newAndDeleteInSameIteration(int n) {
  int total = 0;
  for (int i = 0; i < n; ++i) {
    Node *node = new Node{i, nullptr};
    total += node->value;
    delete node;
  }
  return total;
}

int pointerToPreviousIteration(const std::vector<int> &items) {
  int total = 0;
  const int *previous = nullptr;
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    int current = items[i];
    if (previous)
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of local variable 'current' after it went out of scope [lifeguard-dangling]
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: note: address of 'current' taken here
      // CHECK: :[[@LINE+3]]:3: note: 'current' went out of scope here
      total += *previous;
    previous = &current;
  }
  return total;
}

void freeListWrongly(Node *head) {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE+2]]:5: note: deleted here
  for (Node *n = head; n != nullptr; n = n->next)
    delete n;
}

void freeListRightly(Node *head) {
  for (Node *n = head; n != nullptr;) {
    Node *next = n->next;
    delete n;
    n = next;
  }
}

// An allocation made again while the object it made on the previous
// iteration is still alive: ending the old object (deleted through
// `previous`, or by the unique_ptr given the new one) leaves the new one
// alive. A pointer kept to the old object is dead at the next iteration.
int replaceThePreviousNode(int n) {
  Node *previous = nullptr;
  int total = 0;
  for (int i = 0; i < n; ++i) {
    Node *node = new Node{i, nullptr};
    delete previous;
    total += node->value;
    previous = node;
  }
  delete previous;
  return total;
}

int ownerGivenANewNodeEachIteration(int n) {
  std::unique_ptr<Node> current;
  std::unique_ptr<Node> other;
  int total = 0;
  for (int i = 0; i < n; ++i) {
    current = std::make_unique<Node>(Node{i, nullptr});
    total += current->value;
    other.reset(new Node{i, nullptr});
    total += other->value;
  }
  return total;
}

int pointerToThePreviousOwnedNode(int n) {
  std::unique_ptr<Node> current;
  Node *last = nullptr;
  int total = 0;
  for (int i = 0; i < n; ++i) {
    current = std::make_unique<Node>(Node{i, nullptr});
    if (last)
      // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
      // CHECK: :[[@LINE-3]]:15: note: heap object allocated here
      // CHECK: :[[@LINE-4]]:5: note: destroyed here by its owner
      total += last->value;
    last = current.get();
  }
  return total;
}

// An object a member function makes and keeps (`p_.reset(new Plugin)`) is
// born at each call: a reload on one branch, or on one iteration only,
// leaves the pointer taken before it live on the other paths. A reload on
// every path ends it.
struct Plugin {
  int version;
};

class Host {
public:
  void load(int version) { plugin_.reset(new Plugin{version}); }
  Plugin *active() { return plugin_.get(); }

private:
  std::unique_ptr<Plugin> plugin_;
};

int dispatch(Plugin *p, int request);

int reloadOnce() {
  Host host;
  host.load(1);
  Plugin *first = host.active();
  int total = 0;
  for (int request = 1; request <= 6; ++request) {
    if (request == 4) {
      total += first->version; // the reload follows the read
      host.load(2);
    }
    total += dispatch(host.active(), request);
  }
  return total;
}

int reloadOnOneBranch(bool upgrade) {
  Host host;
  host.load(1);
  Plugin *first = host.active();
  if (upgrade)
    host.load(2);
  return first->version; // the path without the reload is fine
}

int reloadAlways() {
  Host host;
  host.load(1);
  Plugin *first = host.active();
  host.load(2);
  return first->version;
  // CHECK: :[[@LINE-1]]:10: warning: use of heap object after it was freed by a call [lifeguard-dangling]
  // CHECK: :[[@LINE-5]]:8: note: heap object allocated here
  // CHECK: :[[@LINE-4]]:3: note: freed by this call
}

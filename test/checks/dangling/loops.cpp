// Loops: storages born again on every iteration, and handles carried from
// one iteration to the next.
//
// Negatives: locals of any type declared in a loop body and used in the same
// iteration (the analysis once kept them dead after the first iteration's
// scope end), new/delete in the same iteration.
// Positives: a pointer to the previous iteration's variable, and a list
// freed by a for-loop that reads `n->next` after `delete n` (the increment
// runs in a block of its own).

// RUN: %tidy --checks='-*,lifeguard-dangling' %s -- -std=c++17 | FileCheck %s --implicit-check-not='{{warning|error}}:'

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

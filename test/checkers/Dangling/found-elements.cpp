// A pointer read out of a container of raw pointers, compared equal to one
// of the objects the container holds pointers to, is that object: the
// element a loop's `if (j == target)` or std::find / std::find_if found.
// Deleting it deletes that object, and a use of the object afterwards --
// through the variable that named it, or a later loop over another list
// that still holds it -- is a use after delete. (The analyzer alone takes a
// pointer read out of a container it does not see into, and a fresh
// allocation, to differ: the found branch would never run.)
//
// Near misses: the elements that compared unequal are deleted (the object
// searched for is kept); the search found nothing; another object is used.
// (They search by hand: the analyzer inlines std::find no more once a call
// of it ran out of loop turns, for the rest of the translation unit.)
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <algorithm>
#include <deque>
#include <vector>

struct Node {
  int depth = 0;
};

int deletedWhenFoundByLoop() {
  Node *terrain = new Node;
  Node *tree = new Node; // expected-note{{'tree' now points to a heap object}}
  std::vector<Node *> nodes{terrain, tree};
  for (Node *n : nodes)
    if (n == tree) // expected-note{{'n' is equal to 'tree'}} expected-note{{Taking true branch}}
      delete n; // expected-note{{Object deleted here}}
  int depth = tree->depth; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
  delete terrain;
  return depth;
}

class Scene {
  std::vector<Node *> nodes_;
  std::deque<Node *> renderQueue_;

public:
  Node *add() {
    Node *n = new Node;
    nodes_.push_back(n); // expected-note{{Stored a pointer to a heap object in 'scene.nodes_'}}
    renderQueue_.push_back(n); // expected-note{{Stored a pointer to a heap object in 'scene.renderQueue_'}}
    return n;
  }
  void remove(Node *n) {
    auto it = std::find(nodes_.begin(), nodes_.end(), n);
    if (it != nodes_.end()) { // expected-note{{Taking true branch}}
      delete *it; // expected-note{{Object deleted here}}
      nodes_.erase(it);
    }
  }
  int render() const {
    int drawn = 0;
    for (auto it = renderQueue_.begin(); it != renderQueue_.end(); ++it) // expected-note{{Loop condition is true.  Entering loop body}}
      drawn += (*it)->depth; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
    return drawn;
  }
};

int renderAfterRemove() {
  Scene scene;
  scene.add();
  Node *tree = scene.add(); // expected-note{{Calling 'Scene::add'}} expected-note{{Returning from 'Scene::add'}}
  scene.remove(tree); // expected-note{{Calling 'Scene::remove'}} expected-note{{Returning from 'Scene::remove'}}
  return scene.render(); // expected-note{{Calling 'Scene::render'}}
}

template <typename T> void deleteMatching(std::vector<T *> &items, const T *target) {
  auto it = std::find_if(items.begin(), items.end(),
                         [target](const T *item) { return item == target; });
  if (it != items.end()) // expected-note{{Taking true branch}}
    delete *it; // expected-note{{Object deleted here}}
}

int deletedWhenFoundByTemplate() {
  std::vector<Node *> nodes;
  Node *bird = new Node; // expected-note{{'bird' now points to a heap object}}
  nodes.push_back(new Node);
  nodes.push_back(bird);
  deleteMatching(nodes, bird); // expected-note{{Calling 'deleteMatching<Node>'}} expected-note{{Returning from 'deleteMatching<Node>'}}
  return bird->depth; // expected-warning{{use of a heap object after it was deleted}} expected-note{{use of a heap object after it was deleted}}
}

// Near misses.

int othersDeleted() {
  Node *keep = new Node;
  std::vector<Node *> nodes{new Node, keep, new Node};
  for (Node *n : nodes)
    if (n != keep)
      delete n;
  int depth = keep->depth;
  delete keep;
  return depth;
}

int notFound(Node *stranger) {
  Node *tree = new Node;
  std::vector<Node *> nodes{new Node, tree};
  auto it = nodes.begin();
  while (it != nodes.end() && *it != stranger)
    ++it;
  if (it == nodes.end())
    return tree->depth;
  delete *it;
  return tree->depth;
}

int anotherUsed() {
  Node *terrain = new Node;
  Node *tree = new Node;
  std::vector<Node *> nodes{terrain, tree};
  for (auto it = nodes.begin(); it != nodes.end(); ++it)
    if (*it == tree) {
      delete *it;
      nodes.erase(it);
      break;
    }
  int depth = terrain->depth;
  for (Node *n : nodes)
    depth += n->depth;
  delete terrain;
  return depth;
}

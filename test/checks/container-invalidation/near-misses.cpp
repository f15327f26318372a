// Correct code around container modifications: all silent.
//
// The false positives clang's -Wlifetime-safety-invalidation is known for
// (llvm-project #222537: the container itself used after push_back on a
// reference parameter; #186996: a lambda capturing the container by
// reference, called after push_back; #193044: a pointer parameter's
// container); the container itself used after the mutation; a handle
// re-obtained after it; indexes instead of handles; values copied out
// first; a handle into a different container; std::list, std::map,
// std::set element handles across insertion and erasure of other elements;
// deque references across push_back and push_front; unordered_map references
// across insertions (a rehash keeps references); reserve() before taking
// handles; a capacity check before growing; handles that follow the
// elements (swap, a move); the handle emplace_back and insert return;
// pop_back and erase of other elements; a handle taken on one branch and
// the container grown on the other; the elements of an element; the
// container member itself held by reference; a reference to an element
// that extract() moved into a node handle and insert() into another map
// (pointers and references stay valid). (Growth after a vector shrank,
// and after a reserve of a helper's count, are in
// test/checkers/ContainerInvalidation/sizes.cpp, for both engines.)
//
// RUN: %tidy --checks='-*,lifeguard-container-invalidation' %s -- -std=c++17 | FileCheck %s --allow-empty --implicit-check-not='{{warning|error}}:'

#include <deque>
#include <list>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct Point {
  int x, y;
};

void use(int);
void show(const char *);

// llvm-project #222537
void containerItselfAfterPushBack(std::vector<int> &vec) {
  vec.push_back(1);
  vec[0] = 2;
  use(static_cast<int>(vec.size()));
}

// llvm-project #186996
int lambdaCapturingTheContainer(std::vector<int> &v) {
  auto first = [&v] { return v[0]; };
  v.push_back(1);
  return first();
}

// llvm-project #193044
void pointerParameterContainer(std::vector<int> *pv) {
  pv->push_back(1);
  (*pv)[0] = 3;
  int &r = pv->front();
  r = 4;
}

int reobtained(std::vector<int> &v) {
  int *p = &v[0];
  v.push_back(1);
  p = &v[0];
  return *p;
}

int indexes(std::vector<int> &v) {
  size_t i = 0;
  v.push_back(1);
  return v[i];
}

int copiedFirst(std::vector<int> &v) {
  int first = v.front();
  v.push_back(2);
  return first;
}

int differentContainer(std::vector<int> &a, std::vector<int> &b) {
  int *p = &a[0];
  b.push_back(1);
  b.clear();
  return *p;
}

int nodeContainers(std::list<int> &l, std::map<int, int> &m, std::set<int> &s) {
  int &front = l.front();
  l.push_back(1);
  l.push_front(0);
  l.pop_back();
  int &value = m[1];
  m[2] = 3;
  m.insert({4, 5});
  m.erase(7);
  auto it = s.find(1);
  s.insert(9);
  s.erase(10);
  return front + value + *it;
}

int dequeReferences(std::deque<int> &d) {
  int &first = d.front();
  int *last = &d.back();
  d.push_back(1);
  d.push_front(0);
  d.emplace_back(2);
  return first + *last;
}

int unorderedReferences(std::unordered_map<std::string, int> &counts) {
  int &a = counts["a"];
  counts["b"] = 1;
  counts.emplace("c", 2);
  return a;
}

int reservedFirst(std::vector<Point> &pts) {
  pts.reserve(pts.size() + 2);
  Point *p = &pts[0];
  pts.push_back({1, 2});
  pts.emplace_back(Point{3, 4});
  return p->x;
}

int capacityChecked(std::vector<int> &v) {
  int *p = &v[0];
  if (v.size() < v.capacity())
    v.push_back(1);
  return *p;
}

int swapped(std::vector<int> &v, std::vector<int> &w) {
  int *p = &v[0];
  v.swap(w);
  return *p; // now an element of w
}

int movedOut(std::vector<int> v) {
  int *p = &v[0];
  std::vector<int> w = std::move(v);
  return *p + w[0]; // now an element of w
}

int movedIn(std::vector<int> &v, std::vector<int> w) {
  int *p = &w[0];
  v = std::move(w);
  return *p; // now an element of v
}

void returnedHandles(std::vector<Point> &pts) {
  Point &added = pts.emplace_back();
  added.x = 1;
  auto it = pts.insert(pts.begin(), Point{0, 0});
  it->y = 2;
}

int popAndEraseOthers(std::vector<int> &v) {
  int &first = v.front();
  v.pop_back();
  v.erase(v.end() - 1);
  return first;
}

int oneBranchEach(std::vector<int> &v, bool grow) {
  int *p = nullptr;
  if (grow)
    v.push_back(1);
  else
    p = &v[0];
  return p ? *p : 0;
}

size_t elementsOfAnElement(std::vector<std::vector<int>> &outer) {
  std::vector<int> &inner = outer[0];
  inner.push_back(1);
  outer[1].push_back(2);
  return inner.size();
}

struct Registry {
  std::vector<int> items;
};

size_t memberContainerByReference(Registry &r) {
  auto &items = r.items;
  r.items.push_back(1);
  items.push_back(2);
  return items.size() + r.items.size();
}

void stringItselfAfterAppend(std::string &s) {
  s += "x";
  s.append("y");
  show(s.c_str());
}

std::string copyThenGrowTheOriginal(std::string &s) {
  std::string copy = s;
  const char *p = copy.c_str();
  s += "tail";
  show(p);
  return copy;
}

int extractedAndInserted(std::map<std::string, int> &pending,
                         std::map<std::string, int> &resolved) {
  int &offset = pending.at("main");
  resolved.insert(pending.extract("main"));
  offset = 0x4000;
  return offset;
}

// lifeguard.ContainerInvalidation: handles into standard containers used
// after a call invalidated them on some feasible path.
//
// Positives: growth on one branch, then a use after the branches join;
// a growth inside a helper and a method the analyzer inlines; a handle kept
// in a member by one method and used by another after a third grew the
// container (methods of one object inlined into one caller); clear and
// assignment of a string or vector member (the buffer is given up); a
// c_str() pointer across `+=`, also one emplaced into a vector of strings
// in a loop; push_back inside a range-for; `erase(it)` in
// a loop that then advances `it` (also a list's, whose increment the
// analyzer inlines); a map iterator used after its erase; a
// deque iterator across push_front, and its copies (a copy, a by-value
// parameter); a reference to a deque's front across
// the pop_front of a method that drains it (the loop pops at least once on
// some path), a list's back across pop_back, a list's and a deque's begin()
// (and a pointer from it) across pop_front; growth past the room a
// `reserve(n)` left in a vector constructed on the path (counted through a
// helper and a pointer to the member), also by an insert or an emplace at
// a position; a string_view into an element's
// member handed by value to a function the analyzer does not see, after a
// method assigned the string, also with the element named twice by the
// same subscript; the only element of a list constructed on the path, made
// its last by a push_front, across pop_back (a recency list's eviction),
// and a deque's only element, made its first by a push_back, across
// pop_front.
// Negatives: the branch that did not grow; a handle re-obtained after the
// growth; reserve() before the handles and insertions within it; the
// container itself used after the growth; std::list and std::map handles
// across insertions; a different container grown; `it = v.erase(it)` (and
// a list's `it = l.erase(it)`, `l.erase(it++)`); the
// iterator insert returns; deque references across insertions at its ends;
// a deque's front across pop_back, or across pop_front after a push_front
// (another element is popped); begin() advanced before the pop_front;
// the first of two elements across pop_back; the only element across
// the pop at the end a push_back or push_front added to (another element
// is popped); growth within the reserved room, also after
// a pop_back gave a slot back, or by insert and emplace at the end; a reserved vector handed to an unknown
// function first (its size is no longer known); the view taken again;
// another element's string assigned.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.Dangling -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.Dangling -std=c++20 -Xclang -verify %s

#include <cstring>
#include <deque>
#include <list>
#include <map>
#include <string_view>
#include <string>
#include <vector>

struct Order {
  int id;
  double price;
};

double grownOnOneBranch(std::vector<Order> &orders, bool more) {
  Order *first = &orders[0]; // expected-note{{handle into 'orders' obtained here}} expected-note{{'first' now points to an element of 'orders'}}
  if (more) // expected-note{{Assuming 'more' is true}} expected-note{{Taking true branch}}
    orders.push_back(Order{7, 1.0}); // expected-note{{'orders' reallocated here}}
  return first->price; // expected-warning{{'first' points into 'orders', whose storage was reallocated by 'push_back'}} expected-note{{'first' points into 'orders', whose storage was reallocated by 'push_back'}}
}

void addDefault(std::vector<int> &v) { v.emplace_back(); } // expected-note{{'v' reallocated here}}

int grownByAHelper(std::vector<int> &v) {
  int &front = v.front(); // expected-note{{handle into 'v' obtained here}}
  addDefault(v);
  return front; // expected-warning{{'front' points into 'v', whose storage was reallocated by 'emplace_back'}} expected-note{{'front' points into 'v', whose storage was reallocated by 'emplace_back'}}
}

class Book {
public:
  void pin() { pinned_ = &orders_.back(); } // expected-note{{handle into 'orders_' obtained here}} expected-note{{'pinned_' now points to an element of 'orders_'}}
  void add(const Order &o) { orders_.push_back(o); } // expected-note{{'orders_' reallocated here}}
  double pinnedPrice() const { return pinned_->price; } // expected-warning{{'pinned_' points into 'orders_', whose storage was reallocated by 'push_back'}} expected-note{{'pinned_' points into 'orders_', whose storage was reallocated by 'push_back'}}

private:
  std::vector<Order> orders_;
  Order *pinned_ = nullptr;
};

double methodsOfOneObject(Book &b) {
  b.pin(); // expected-note{{Calling 'Book::pin'}} expected-note{{Returning from 'Book::pin'}}
  b.add(Order{1, 2.0});
  return b.pinnedPrice(); // expected-note{{Calling 'Book::pinnedPrice'}}
}

size_t stringReassigned(std::string name) {
  const char *text = name.c_str(); // expected-note{{handle into 'name' obtained here}} expected-note{{'text' now points to an element of 'name'}}
  name = "renamed"; // expected-note{{'name' reallocated here}}
  return std::strlen(text); // expected-warning{{'text' points into 'name', whose storage was reallocated by 'operator='}} expected-note{{'text' points into 'name', whose storage was reallocated by 'operator='}}
}

size_t appended(std::string s) {
  const char *p = s.c_str(); // expected-note{{handle into 's' obtained here}} expected-note{{'p' now points to an element of 's'}}
  s += "tail"; // expected-note{{'s' reallocated here}}
  return std::strlen(p); // expected-warning{{'p' points into 's', whose storage was reallocated by 'operator+='}} expected-note{{'p' points into 's', whose storage was reallocated by 'operator+='}}
}

// A line's start kept across the append that completes it, then copied
// into a string on the loop's first iteration (emplace_back hands the
// pointer to std::string's constructor, which reads it).
struct LineReassembler {
  std::string buffer;
  std::size_t consumed = 0;
  void feed(std::string_view chunk, std::vector<std::string> &out) {
    const char *start = buffer.data() + consumed; // expected-note{{handle into 'buffer' obtained here}} expected-note{{'start' now points to an element of 'buffer'}}
    buffer += chunk; // expected-note{{'buffer' reallocated here}}
    std::size_t nl;
    while ((nl = buffer.find('\n', consumed)) != std::string::npos) { // expected-note{{Assuming the condition is true}} expected-note{{Loop condition is true.  Entering loop body}}
      out.emplace_back(start, nl - consumed); // expected-warning{{'start' points into 'buffer', whose storage was reallocated by 'operator+='}} expected-note{{'start' points into 'buffer', whose storage was reallocated by 'operator+='}}
      consumed = nl + 1;
      start = buffer.data() + consumed;
    }
  }
  // Near miss: the start taken after the append.
  void feedRightly(std::string_view chunk, std::vector<std::string> &out) {
    buffer += chunk;
    const char *start = buffer.data() + consumed;
    out.emplace_back(start, buffer.size() - consumed);
    consumed = buffer.size();
  }
};

void growsInsideRangeFor(std::vector<int> &queue) {
  for (int job : queue) // expected-warning{{'push_back' invalidated the iterator of the range-for loop over 'queue'}} expected-note{{handle into 'queue' obtained here}} expected-note{{'push_back' invalidated the iterator of the range-for loop over 'queue'}}
    if (job > 3) // expected-note{{Assuming 'job' is > 3}} expected-note{{Taking true branch}}
      queue.push_back(job - 1); // expected-note{{'queue' reallocated here}}
}

void eraseWithoutReassigning(std::vector<int> &v) {
  // Reported at `++it`, the first use after the erase.
  for (auto it = v.begin(); it != v.end(); ++it) // expected-note{{handle into 'v' obtained here}} expected-note{{Loop condition is true.  Entering loop body}} expected-warning{{'it' points into 'v', whose element was erased by 'erase'}} expected-note{{'it' points into 'v', whose element was erased by 'erase'}}
    if (*it < 0) // expected-note{{Assuming the condition is true}} expected-note{{Taking true branch}}
      v.erase(it); // expected-note{{'v' erased from here}}
}

int mapIteratorErased(std::map<int, int> &m) {
  auto it = m.find(3); // expected-note{{handle into 'm' obtained here}}
  if (it == m.end()) // expected-note{{Taking false branch}}
    return 0;
  m.erase(it); // expected-note{{'m' erased from here}}
  return it->second; // expected-warning{{'it' points into 'm', whose element was erased by 'erase'}} expected-note{{'it' points into 'm', whose element was erased by 'erase'}}
}

int dequeIteratorAcrossPushFront(std::deque<int> &d) {
  auto it = d.begin(); // expected-note{{handle into 'd' obtained here}}
  d.push_front(0); // expected-note{{'d' grown at one end here}}
  return *it; // expected-warning{{'it' points into 'd', whose iterators were invalidated by 'push_front'}} expected-note{{'it' points into 'd', whose iterators were invalidated by 'push_front'}}
}

// A deque's iterator has a written copy constructor, which the analyzer
// does not inline: the copy holds the handle too, and handing the
// iterator to a by-value parameter copies it, a use.
static int firstOf(std::deque<int>::iterator from) { return *from; }

int dequeIteratorCopied(std::deque<int> &d, bool byParameter) {
  auto it = d.begin(); // expected-note 2 {{handle into 'd' obtained here}}
  auto copy = it;
  d.push_back(0); // expected-note 2 {{'d' grown at one end here}}
  if (byParameter) // expected-note{{Assuming 'byParameter' is true}} expected-note{{Taking true branch}} expected-note{{Assuming 'byParameter' is false}} expected-note{{Taking false branch}}
    return firstOf(it); // expected-warning{{'it' points into 'd', whose iterators were invalidated by 'push_back'}} expected-note{{'it' points into 'd', whose iterators were invalidated by 'push_back'}}
  return *copy; // expected-warning{{'copy' points into 'd', whose iterators were invalidated by 'push_back'}} expected-note{{'copy' points into 'd', whose iterators were invalidated by 'push_back'}}
}

int dequeIteratorCopiedAfterGrowth(std::deque<int> &d) {
  d.push_back(0);
  auto it = d.begin();
  auto copy = it;
  return firstOf(copy) + *it;
}

struct Packet {
  int seq;
};

class Reassembler {
public:
  const Packet &first() const { return window_.front(); } // expected-note{{handle into 'window_' obtained here}}
  void acknowledge(int upto) {
    while (!window_.empty() && window_.front().seq <= upto)
      window_.pop_front(); // expected-note{{'window_' erased from here}}
  }

private:
  std::deque<Packet> window_;
};

int frontAcrossADrain(Reassembler &r) {
  const Packet &head = r.first();
  r.acknowledge(head.seq);
  return head.seq; // expected-warning{{'head' points into 'window_', whose element was erased by 'pop_front'}} expected-note{{'head' points into 'window_', whose element was erased by 'pop_front'}}
}

int listBackAcrossPopBack(std::list<int> &l) {
  int &last = l.back(); // expected-note{{handle into 'l' obtained here}}
  l.pop_back(); // expected-note{{'l' erased from here}}
  return last; // expected-warning{{'last' points into 'l', whose element was erased by 'pop_back'}} expected-note{{'last' points into 'l', whose element was erased by 'pop_back'}}
}

struct Mesh {
  int vertices;
  int material;
};
struct Scene {
  std::vector<Mesh> meshes;
};

static void importLods(Scene &scene, int levels) {
  for (int lod = 1; lod <= levels; ++lod)
    scene.meshes.push_back(Mesh{100 >> lod, -1}); // expected-note{{'scene.meshes' reallocated here}}
}

int growthPastTheReservedRoom() {
  Scene scene;
  scene.meshes.reserve(2);
  scene.meshes.push_back(Mesh{1200, 0});
  scene.meshes.push_back(Mesh{8000, -1});
  std::vector<Mesh> *list = &scene.meshes;
  Mesh &hero = list->back(); // expected-note{{handle into 'scene.meshes' obtained here}}
  importLods(scene, 2);
  return hero.material; // expected-warning{{'hero' points into 'scene.meshes', whose storage was reallocated by 'push_back'}} expected-note{{'hero' points into 'scene.meshes', whose storage was reallocated by 'push_back'}}
}

struct Window {
  std::string title_;
  std::string_view title() const { return title_; } // expected-note 2{{handle into 'title_' obtained here}}
  void setTitle(const std::string &t) { title_ = t; } // expected-note 2{{'title_' reallocated here}}
};
std::size_t visibleChars(std::string_view label);

std::size_t viewHandedByValue(std::vector<Window> &windows) {
  Window &w = windows[0];
  std::string_view label = w.title();
  w.setTitle("Terminal - a title longer than any small-string buffer");
  return visibleChars(label); // expected-warning{{'label' points into 'title_', whose storage was reallocated by 'operator='}} expected-note{{'label' points into 'title_', whose storage was reallocated by 'operator='}}
}

std::size_t sameElementTwice(std::vector<Window> &windows, std::size_t i) {
  std::string_view label = windows[i].title();
  windows[i].setTitle("Terminal - a title longer than any small-string buffer");
  return visibleChars(label); // expected-warning{{'label' points into 'title_', whose storage was reallocated by 'operator='}} expected-note{{'label' points into 'title_', whose storage was reallocated by 'operator='}}
}

int beginAcrossPopFront(std::list<int> &l) {
  auto it = l.begin(); // expected-note{{handle into 'l' obtained here}}
  l.pop_front(); // expected-note{{'l' erased from here}}
  return *it; // expected-warning{{'it' points into 'l', whose element was erased by 'pop_front'}} expected-note{{'it' points into 'l', whose element was erased by 'pop_front'}}
}

int pointerFromBeginAcrossPopFront(std::deque<int> &d) {
  int *p = &*d.begin(); // expected-note{{handle into 'd' obtained here}} expected-note{{'p' now points to an element of 'd'}}
  d.pop_front(); // expected-note{{'d' erased from here}}
  return *p; // expected-warning{{'p' points into 'd', whose element was erased by 'pop_front'}} expected-note{{'p' points into 'd', whose element was erased by 'pop_front'}}
}

// ===== Negatives =====

int advancedBeforeThePop(std::list<int> &l) {
  auto it = l.begin();
  ++it;
  l.pop_front();
  return *it;
}

std::size_t anotherElement(std::vector<Window> &windows) {
  std::string_view label = windows[0].title();
  windows[1].setTitle("Terminal - a title longer than any small-string buffer");
  return visibleChars(label);
}

int growthWithinTheReservedRoom() {
  std::vector<int> v;
  v.reserve(3);
  v.push_back(1);
  v.push_back(2);
  v.pop_back();
  int &last = v.back();
  v.push_back(3);
  v.push_back(4);
  return last;
}

int insertPastTheReservedRoom() {
  std::vector<int> v;
  v.reserve(2);
  v.push_back(1);
  v.push_back(2);
  int &second = v[1]; // expected-note{{handle into 'v' obtained here}}
  v.insert(v.begin(), 0); // expected-note{{'v' reallocated here}}
  return second; // expected-warning{{'second' points into 'v', whose storage was reallocated by 'insert'}} expected-note{{'second' points into 'v', whose storage was reallocated by 'insert'}}
}

int emplaceWithinTheReservedRoom() {
  std::vector<int> v;
  v.reserve(4);
  v.push_back(1);
  int &first = v.front();
  v.emplace(v.end(), 2);
  v.insert(v.end(), 3);
  return first;
}

void fill(std::vector<int> &v);

int reservedThenHandedOver() {
  std::vector<int> v;
  v.reserve(2);
  fill(v);
  int &last = v.back();
  v.push_back(3);
  return last;
}

std::size_t viewTakenAgain(std::vector<Window> &windows) {
  Window &w = windows[0];
  std::string_view label = w.title();
  w.setTitle("Terminal - a title longer than any small-string buffer");
  label = w.title();
  return visibleChars(label);
}

int frontAcrossPopBack(std::deque<int> &d) {
  int &first = d.front();
  d.pop_back();
  return first;
}

int frontAcrossAnotherPop(std::deque<int> &d) {
  int &first = d.front();
  d.push_front(0);
  d.pop_front();
  return first;
}

void eraseReturnsTheNext(std::vector<int> &v) {
  for (auto it = v.begin(); it != v.end();) {
    if (*it < 0)
      it = v.erase(it);
    else
      ++it;
  }
}

int insertReturnsAValidIterator(std::vector<int> &v) {
  auto it = v.insert(v.begin(), 5);
  return *it;
}

int dequeReferencesAcrossEndInsertions(std::deque<int> &d) {
  int &first = d.front();
  d.push_back(1);
  d.push_front(0);
  return first;
}

double branchThatDidNotGrow(std::vector<Order> &orders, bool more) {
  Order *first = &orders[0];
  if (more)
    return 0;
  return first->price;
}

int reobtained(std::vector<int> &v) {
  int *p = &v[0];
  v.push_back(1);
  p = &v[0];
  return *p;
}

int reservedFirst(std::vector<int> &v) {
  v.reserve(v.size() + 1);
  int *p = &v[0];
  v.push_back(1);
  return *p;
}

size_t containerItself(std::vector<int> &v) {
  v.push_back(1);
  v[0] = 2;
  return v.size();
}

int nodeHandles(std::list<int> &l, std::map<int, int> &m) {
  int &a = l.front();
  l.push_back(1);
  int &b = m[1];
  m[2] = 3;
  return a + b;
}

int otherContainer(std::vector<int> &a, std::vector<int> &b) {
  int *p = &a[0];
  b.push_back(1);
  return *p;
}

// A list iterator advanced after its element was erased: the increment,
// which the analyzer inlines, reads the freed node. Near misses: the
// `it = l.erase(it)` idiom, and `l.erase(it++)`.
int dropExpired(std::list<int> &deadlines, int now) {
  int dropped = 0;
  for (auto it = deadlines.begin(); it != deadlines.end(); ++it) // expected-note{{handle into 'deadlines' obtained here}} expected-note{{Loop condition is true.  Entering loop body}} expected-warning{{'it' points into 'deadlines', whose element was erased by 'erase'}} expected-note{{'it' points into 'deadlines', whose element was erased by 'erase'}}
    if (*it < now) { // expected-note{{Assuming the condition is true}} expected-note{{Taking true branch}}
      deadlines.erase(it); // expected-note{{'deadlines' erased from here}}
      ++dropped;
    }
  return dropped;
}

int dropExpiredIdiom(std::list<int> &deadlines, int now) {
  int dropped = 0;
  for (auto it = deadlines.begin(); it != deadlines.end();)
    if (*it < now) {
      it = deadlines.erase(it);
      ++dropped;
    } else {
      ++it;
    }
  return dropped;
}

int dropExpiredPostIncrement(std::list<int> &deadlines, int now) {
  int dropped = 0;
  for (auto it = deadlines.begin(); it != deadlines.end();)
    if (*it < now) {
      deadlines.erase(it++);
      ++dropped;
    } else {
      ++it;
    }
  return dropped;
}

// A recency list: the newest entry at the front, the oldest evicted from the
// back.
std::size_t evictedOldest() {
  std::list<std::string> recent;
  recent.emplace_front("alpha");
  auto oldest = recent.begin(); // expected-note{{handle into 'recent' obtained here}}
  recent.emplace_front("beta");
  if (recent.size() > 1) // expected-note{{Taking true branch}}
    recent.pop_back(); // expected-note{{'recent' erased from here}}
  return oldest->size(); // expected-warning{{'oldest' points into 'recent', whose element was erased by 'pop_back'}} expected-note{{'oldest' points into 'recent', whose element was erased by 'pop_back'}}
}

int onlyElementThenPopFront() {
  std::deque<int> queue;
  queue.push_back(1);
  int &only = queue.front(); // expected-note{{handle into 'queue' obtained here}}
  queue.push_back(2);
  queue.pop_front(); // expected-note{{'queue' erased from here}}
  return only; // expected-warning{{'only' points into 'queue', whose element was erased by 'pop_front'}} expected-note{{'only' points into 'queue', whose element was erased by 'pop_front'}}
}

int firstOfTwoAcrossPopBack() {
  std::list<int> l;
  l.push_back(1);
  l.push_back(2);
  int &first = l.front();
  l.pop_back();
  return first;
}

int onlyElementAcrossTheOtherEndsPop() {
  std::list<int> l;
  l.push_back(1);
  int &only = l.front();
  l.push_back(2);
  l.pop_back();
  l.push_front(0);
  l.pop_front();
  return only;
}

// A view member read through one of its own member functions (`find`) in
// the standard library: a use of what it views. The near miss: `size()`,
// which reads only the view.
struct RequestParser {
  std::string buf;
  std::string_view first;
  void onData(const char *s) {
    buf.append(s); // expected-note{{'buf' reallocated here}}
    if (first.empty())
      first = std::string_view(buf.data(), 4); // expected-note{{handle into 'buf' obtained here}}
  }
};

int viewFindAfterAppend(RequestParser &p) {
  p.first = {};
  p.onData("GET /api/v1/orders HTTP/1.1");
  p.onData("Host: shop.example.com");
  return static_cast<int>(p.first.find(' ')); // expected-warning{{'p.first' points into 'buf', whose storage was reallocated by 'append'}} expected-note{{'p.first' points into 'buf', whose storage was reallocated by 'append'}}
}

int viewSizeAfterAppend(RequestParser &p) {
  p.first = {};
  p.onData("GET /api/v1/orders HTTP/1.1");
  p.onData("Host: shop.example.com");
  return static_cast<int>(p.first.size());
}

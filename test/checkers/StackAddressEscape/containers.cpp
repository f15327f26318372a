// Addresses of locals (and pointers into their buffers) left in containers
// that outlive the frame: a parameter's, a member, a global. Removing the
// elements before the return, containers of the frame's own, and heap
// objects are the near misses.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.Dangling,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <deque>
#include <map>
#include <string>
#include <vector>
struct Route {
  int id;
};
std::vector<const Route *> gAll;

void collect(std::vector<const Route *> &sink) {
  Route r{1};
  sink.push_back(&r); // expected-warning{{address of local variable 'r' escapes through parameter 'sink'}} expected-note{{address of local variable 'r' escapes through parameter 'sink'}}
}

void index(std::map<int, const Route *> &m) {
  Route r{2};
  m[1] = &r; // expected-warning{{address of local variable 'r' escapes through parameter 'm'}} expected-note{{address of local variable 'r' escapes through parameter 'm'}}
}

struct Registry {
  std::vector<int *> slots;
  void add() {
    int x = 0;
    slots.push_back(&x); // expected-warning{{address of local variable 'x' escapes into member 'slots' of '*this'}} expected-note{{address of local variable 'x' escapes into member 'slots' of '*this'}}
  }
};

void names(std::vector<const char *> &out) {
  std::string s = "a string long enough to live on the heap";
  out.push_back(s.c_str()); // expected-warning{{pointer into local variable 's' escapes through parameter 'out'}} expected-note{{pointer into local variable 's' obtained here}} expected-note{{pointer into local variable 's' escapes through parameter 'out'}}
}

void global() {
  Route r{3};
  gAll.emplace_back(&r); // expected-warning{{address of local variable 'r' escapes into global variable 'gAll'}} expected-note{{address of local variable 'r' escapes into global variable 'gAll'}}
}

// Near misses: silent.

void pushPop(std::vector<const Route *> &sink) {
  Route r{1};
  sink.push_back(&r);
  sink.pop_back();
}

void clearAfter(std::vector<const Route *> &sink) {
  Route r{1};
  sink.push_back(&r);
  sink.clear();
}

void indexReset(std::map<int, const Route *> &m) {
  Route r{2};
  m[1] = &r;
  m[1] = nullptr;
}

void localVector() {
  std::vector<const Route *> v;
  Route r{1};
  v.push_back(&r);
}

void heap(std::vector<const Route *> &sink) { sink.push_back(new Route{4}); }

// From real code (ninja, leveldb): appending a local buffer's characters to
// a string copies them; a range insert copies the elements its iterators
// delimit; a local queued in a member and taken out by another thread while
// this one waits in a call the analyzer cannot see.
void appendDigits(std::string *dst, unsigned v) {
  char buf[16];
  unsigned n = 0;
  do {
    buf[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  dst->append(buf, n);
}

void mergeNodes(std::vector<const Route *> *nodes, const Route *extra) {
  std::vector<const Route *> fresh;
  fresh.push_back(extra);
  nodes->insert(nodes->end(), fresh.begin(), fresh.end());
}

struct Mutex {
  void lock();
  void unlock();
};
struct Waiter {
  explicit Waiter(Mutex *mu) : mu(mu) {}
  bool done = false;
  Mutex *mu;
  void wait(); // releases mu while it waits: another writer may run
};

class WriteQueue {
public:
  void write() {
    Waiter w(&mu_);
    writers_.push_back(&w);
    while (!w.done && &w != writers_.front())
      w.wait();
    if (w.done)
      return; // the writer at the front took w out and finished it
    writers_.pop_front();
  }

private:
  Mutex mu_;
  std::deque<Waiter *> writers_;
};

// Two classes of correct code both engines took for bugs, with the twins
// that must still warn.
//
// A class with a deep copy constructor, copied into a vector: the element
// holds what that constructor allocates, not the buffer of the object
// copied, which its destructor frees. The twin: the implicit, shallow copy.
//
// A size the analyzer counted (a vector built on the path) answers size()
// and empty(): a local's address queued in a caller's object and popped
// again by a loop guarded by `!active.empty()` is not taken to stay there
// on a path where the loop never ran. The twin: popped by nothing.
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*,lifeguard-dangling' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"

#include <cstdlib>
#include <cstring>
#include <vector>

class Text {
public:
  explicit Text(const char *s) : data_(strdup(s)) {}
  Text(const Text &other) : data_(strdup(other.data_)) {}
  Text &operator=(const Text &) = delete;
  ~Text() { std::free(data_); }
  const char *c_str() const { return data_; }

private:
  char *data_;
};

int deepCopiesKept() {
  std::vector<Text> kept;
  {
    Text line("hello");
    kept.push_back(line);
  }
  Text first = kept.front();
  return first.c_str()[0];
}

class ShallowText {
public:
  explicit ShallowText(const char *s) : data_(strdup(s)) {}
  ~ShallowText() { std::free(data_); }
  const char *c_str() const { return data_; }

private:
  char *data_;
};

int shallowCopiesKept() {
  std::vector<ShallowText> kept;
  {
    ShallowText line("hello");
    kept.push_back(line);
  }
  return kept.front().c_str()[0];
  // CHECK: copies-and-counted-sizes.cpp:[[@LINE-1]]:10: warning: use of heap object after its owner destroyed it [lifeguard-dangling]
}

struct World {
  std::vector<int *> active;
  void track(int *p) { active.push_back(p); }
  void untrackLast(int n) {
    while (n-- > 0 && !active.empty())
      active.pop_back();
  }
};

static void burst(World &w) {
  int local = 3;
  w.track(&local);
  w.untrackLast(1);
}

int burstOnce() {
  World w;
  burst(w);
  return static_cast<int>(w.active.size());
}

static void leak(World &w) {
  int local = 3;
  w.track(&local);
  // CHECK: copies-and-counted-sizes.cpp:[[@LINE-1]]:3: warning: address of local variable 'local' escapes through parameter 'w' [lifeguard.StackAddressEscape]
}

int leakOnce() {
  World w;
  leak(w);
  return static_cast<int>(w.active.size());
}

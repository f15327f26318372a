// A helper whose loop ran to the analyzer's bound once used to be followed
// no more in the translation unit (clang stops inlining it), so what it did
// at its later calls was missed, depending on the order paths were
// explored. With loops widened, lifeguard ends the path that would go
// round the exhausted loop again before clang marks the helper, and the
// path that left the loop goes on: the helper is followed at every call.
//
// A helper's loop that ran to the bound once is widened after its first
// iteration at its later calls: each run of a loop over what the path does
// not know splits the path at every iteration, and a scan called in a
// loop made so many paths that the steps ran out before the bug after the
// loop was reached.
//
// Following helpers at every call takes paths clang's model alone takes
// for feasible; the near misses are such paths, which must stay silent:
// a string's c_str() at null, the buffers of two strings at one address,
// and an arena's bytes handed out again as another type.
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"

#include <string>
#include <vector>

static int total(const int *from) {
  int sum = 0;
  for (int i = 0; i < 10; ++i)
    sum += from[i];
  // CHECK: helpers-called-again.cpp:[[@LINE-1]]:12: warning: 'from' points into 'values', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
  return sum;
}

int totalTwice(std::vector<int> &values) {
  const int *first = values.data();
  int before = total(first);
  values.push_back(before);
  return total(first);
}

// The loop of `total` runs to the bound here too.
int warmUp(const std::vector<int> &values) { return total(values.data()); }

struct Request {
  std::string host;
  const char *shown = nullptr;
};

static bool refresh(Request &r, const char *text, const char *&out) {
  r.host = text;
  out = r.host.c_str();
  return out != nullptr;
}

static void update(Request &r, const char *text) {
  const char *value = nullptr;
  if (!refresh(r, text, value))
    return;
  r.shown = value;
}

char shownAfterTwoUpdates() {
  Request r;
  update(r, "a");
  update(r, "b");
  return r.shown[0];
}

struct Pair {
  std::string left, right;
  const char *picked = nullptr;
};

char pickedFromTheOther(Pair &p) {
  p.picked = p.left.c_str();
  const char *candidate = p.right.c_str();
  if (candidate == p.left.c_str())
    p.picked = candidate;
  p.right += "more";
  return *p.picked;
}

class FramePool {
public:
  void beginFrame(int frame) {
    base_ = (frame % 2) * kHalf;
    top_ = 0;
  }
  void *allocate(unsigned n) {
    n = (n + 15) & ~15u;
    if (top_ + n > kHalf)
      return nullptr;
    void *p = buf_ + base_ + top_;
    top_ += n;
    return p;
  }
  void deallocate(void *p) {
    top_ = static_cast<unsigned>(static_cast<unsigned char *>(p) -
                                 (buf_ + base_));
  }

private:
  static constexpr unsigned kHalf = 2048;
  alignas(16) unsigned char buf_[2 * kHalf];
  unsigned base_ = 0;
  unsigned top_ = 0;
};

struct PickResult {
  int entity;
  float depth;
};

static PickResult *pick(FramePool &frame, int mouseX, int n) {
  auto *hits = static_cast<PickResult *>(frame.allocate(sizeof(PickResult) * n));
  for (int i = 0; i < n; ++i) {
    hits[i].entity = i;
    hits[i].depth = static_cast<float>((mouseX + i * 7) % 11);
  }
  return hits;
}

int selectAcrossFrames() {
  FramePool frame;
  int selected = -1;
  for (int f = 0; f < 4; ++f) {
    frame.beginFrame(f);
    PickResult *hits = pick(frame, f * 13, 6);
    if (f == 1)
      selected = hits[0].entity;
    frame.deallocate(hits);
  }
  return selected;
}

// The order book's best level, kept across a long loop of insertions that
// each scan the levels first.
struct Level {
  double price;
  long quantity;
};

class Book {
public:
  void add(double price, long quantity) {
    for (const Level &level : levels_)
      if (level.price == price)
        return;
    levels_.push_back(Level{price, quantity});
  }
  Level *best() {
    if (levels_.empty())
      return nullptr;
    return &levels_[0];
  }

private:
  std::vector<Level> levels_;
};

long bestAfterARefill() {
  Book book;
  book.add(1, 1);
  book.add(2, 2);
  Level *top = book.best();
  for (int i = 0; i < 40; ++i)
    book.add(i + 10, i);
  return top->quantity;
  // CHECK: helpers-called-again.cpp:[[@LINE-1]]:10: warning: 'top' points into 'levels_', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}

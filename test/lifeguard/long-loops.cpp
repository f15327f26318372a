// A loop that runs more times than the analyzer unrolls (4) no longer ends
// the paths through it: the lifeguard command widens it (what the loop may
// have changed becomes unknown) and goes on, so the bug after it is found.
// With clang --analyze and the plugin, `-analyzer-config widen-loops=true`
// does the same; without it the path ends at the loop and nothing is
// reported. The near miss: the front kept across an insertion at the back
// (a deque's references stay valid).
//
// Widening forgets every local of the frame, also those the loop never
// changes; lifeguard puts back those only read in the loop and reachable
// by no other name, so that a handle kept across a long loop still dangles
// after it; a pointer the loop only advances is put back into the same
// buffer, at an offset not known. Near misses: the handle refreshed in the
// loop, directly, through a pointer to it, or by a lambda that captured it
// by reference; the advanced pointer re-made after the growth.
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"
// RUN: %analyze -Xclang -analyzer-config -Xclang widen-loops=true -std=c++17 %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"
// RUN: %analyze -std=c++17 %s 2>&1 | FileCheck %s --check-prefix=UNWIDENED --allow-empty
// UNWIDENED-NOT: warning:

#include <deque>
#include <string>
#include <vector>

struct Packet {
  int seq;
};

class Reassembler {
public:
  void receive(int seq) { window_.push_back(Packet{seq}); }
  const Packet &first() const { return window_.front(); }
  void acknowledge(int upto) {
    while (!window_.empty() && window_.front().seq <= upto)
      window_.pop_front();
  }

private:
  std::deque<Packet> window_;
};

int resendFrom() {
  Reassembler r;
  for (int seq = 0; seq < 200; ++seq)
    r.receive(seq);
  const Packet &head = r.first();
  r.acknowledge(150);
  return head.seq + 1;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'head' points into 'window_', whose element was erased by 'pop_front' [lifeguard.ContainerInvalidation]
}

int frontAcrossAReceive() {
  Reassembler r;
  for (int seq = 0; seq < 200; ++seq)
    r.receive(seq);
  const Packet &head = r.first();
  r.receive(200);
  return head.seq + 1;
}

char keptAcrossAppends(std::string &line) {
  const char *shown = line.c_str();
  for (int i = 0; i < 10; ++i)
    line += " more";
  return shown[0];
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'shown' points into 'line', whose storage was reallocated by 'operator+=' [lifeguard.ContainerInvalidation]
}

template <typename Container>
int iteratorKeptAcrossGrowth(Container &values) {
  auto first = values.begin();
  for (int i = 0; i < 10; ++i)
    values.push_back(i);
  return *first;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'first' points into 'values', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}
template int iteratorKeptAcrossGrowth(std::vector<int> &);

char refreshedInTheLoop(std::string &line) {
  const char *shown = line.c_str();
  for (int i = 0; i < 10; ++i) {
    line += " more";
    shown = line.c_str();
  }
  return shown[0];
}

char refreshedThroughAPointer(std::string &line) {
  const char *shown = line.c_str();
  const char **where = &shown;
  for (int i = 0; i < 10; ++i) {
    line += " more";
    *where = line.c_str();
  }
  return shown[0];
}

char refreshedByALambda(std::string &line) {
  const char *shown = line.c_str();
  auto refresh = [&] { shown = line.c_str(); };
  for (int i = 0; i < 10; ++i) {
    line += " more";
    refresh();
  }
  return shown[0];
}

int cursorAdvancedAcrossGrowth(std::vector<int> &values) {
  const int *cursor = values.data();
  int sum = 0;
  for (int i = 0; i < 10; ++i)
    sum += *cursor++;
  values.push_back(sum);
  return *cursor;
  // CHECK: long-loops.cpp:[[@LINE-1]]:10: warning: 'cursor' points into 'values', whose storage was reallocated by 'push_back' [lifeguard.ContainerInvalidation]
}

int cursorRemadeAfterGrowth(std::vector<int> &values) {
  const int *cursor = values.data();
  int sum = 0;
  for (int i = 0; i < 10; ++i)
    sum += *cursor++;
  values.push_back(sum);
  cursor = values.data() + 10;
  return *cursor;
}

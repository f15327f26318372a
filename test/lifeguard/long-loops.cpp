// A loop that runs more times than the analyzer unrolls (4) no longer ends
// the paths through it: the lifeguard command widens it (what the loop may
// have changed becomes unknown) and goes on, so the bug after it is found.
// With clang --analyze and the plugin, `-analyzer-config widen-loops=true`
// does the same; without it the path ends at the loop and nothing is
// reported. The near miss: the front kept across an insertion at the back
// (a deque's references stay valid).
//
// RUN: not %lifeguard --quiet --checks='-*,lifeguard.*' %s -- -std=c++17 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"
// RUN: %analyze -Xclang -analyzer-config -Xclang widen-loops=true -std=c++17 %s 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not="warning:"
// RUN: %analyze -std=c++17 %s 2>&1 | FileCheck %s --check-prefix=UNWIDENED --allow-empty
// UNWIDENED-NOT: warning:

#include <deque>

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

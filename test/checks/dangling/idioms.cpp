// Correct idioms that both checks must stay silent on (from a hunt for
// false positives on production-style code): containers moved, swapped,
// spliced or returned with pointers into their elements; save/restore
// guards; unregistering in a virtual destructor; views copied out of a
// local container; intrusive reference counting; copy-and-swap; moved-from
// RAII owners; erasing or popping another element of a parameter's
// container. Any warning fails the test, but the two controls at the end,
// which show that both checks ran.

// RUN: %tidy --checks='-*,lifeguard-*' %s -- -std=c++20 -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <list>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace r1_refcount {
struct Rep { int refs; int value; };
class Shared {
public:
  Shared() : rep_(new Rep{1, 0}) {}
  Shared(const Shared &o) : rep_(o.rep_) { ++rep_->refs; }
  Shared &operator=(const Shared &) = delete;
  ~Shared() { if (--rep_->refs == 0) delete rep_; }
  int get() const { return rep_->value; }
private:
  Rep *rep_;
};
int run() {
  Shared a;
  Shared b = a;
  return b.get();
}
} // namespace r1_refcount

namespace r2_move_into_member {
struct Table {
  std::vector<int> data_;
  std::vector<int *> ptrs_;
  void load() {
    std::vector<int> data{1, 2, 3};
    std::vector<int *> ptrs;
    for (int &x : data) ptrs.push_back(&x);
    data_ = std::move(data);   // buffer is transferred, element addresses unchanged
    ptrs_ = std::move(ptrs);
  }
};
} // namespace r2_move_into_member

namespace r3_return_struct {
struct Parsed {
  std::vector<std::string> toks;
  std::vector<const std::string *> idx;
};
Parsed parse() {
  Parsed r;
  r.toks = {"a", "b"};
  for (auto &t : r.toks) r.idx.push_back(&t);
  return r;
}
} // namespace r3_return_struct

namespace r4_splice {
struct Queue {
  std::list<int> items_;
  std::vector<int *> handles_;
  void addBatch() {
    std::list<int> batch{1, 2, 3};
    for (int &x : batch) handles_.push_back(&x);
    items_.splice(items_.end(), batch);   // nodes move, addresses unchanged
  }
};
} // namespace r4_splice

namespace r5_restore_guard {
int *g_p = nullptr;
struct Guard {
  int *saved;
  explicit Guard(int *c) : saved(g_p) { g_p = c; }
  ~Guard() { g_p = saved; }
};
void use(int *);
void f() {
  int x = 0;
  Guard g(&x);
  use(g_p);
}
} // namespace r5_restore_guard

namespace r6_trace_scope {
struct Frame { const char *label; const Frame *parent; };
const Frame *g_top = nullptr;
struct Scope {
  Frame frame;
  explicit Scope(const char *l) : frame{l, g_top} { g_top = &frame; }
  ~Scope() { g_top = frame.parent; }
};
void report() { for (const Frame *f = g_top; f; f = f->parent) (void)f->label; }
void run(int n) {
  for (int i = 0; i < n; ++i) {
    Scope s("iter");
    report();
  }
}
} // namespace r6_trace_scope

namespace r7_restore_member {
const char *g_phase = "init";
struct PhaseGuard {
  const char *saved;
  explicit PhaseGuard(const char *p) : saved(g_phase) { g_phase = p; }
  ~PhaseGuard() { g_phase = saved; }
};
struct Unit {
  char name[16] = "unit";
  void run() { PhaseGuard g(name); }
};
int run() {
  Unit u;
  u.run();
}
} // namespace r7_restore_member

namespace r8_erase_other {
struct Session { int id; };
int replace(std::map<int, std::unique_ptr<Session>> &m, int oldId, int newId) {
  if (oldId == newId || !m.count(oldId) || !m.count(newId)) return -1;
  Session *fresh = m.at(newId).get();
  m.erase(oldId);
  return fresh->id;
}
} // namespace r8_erase_other

namespace r9_pop_back_other {
struct Job { int id; };
int keepFirst(std::vector<std::unique_ptr<Job>> &jobs) {
  if (jobs.size() < 2) return -1;
  Job *first = jobs.front().get();
  jobs.pop_back();
  return first->id;
}
} // namespace r9_pop_back_other

namespace r10_view_range_ctor {
std::vector<std::string_view> sortedUnique(const std::vector<std::string> &words) {
  std::set<std::string_view> uniq(words.begin(), words.end());
  return {uniq.begin(), uniq.end()};
}
} // namespace r10_view_range_ctor

namespace r11_virtual_dtor {
struct Observer { virtual ~Observer() = default; virtual void notify() = 0; };
struct Subject {
  std::vector<Observer *> obs;
  void attach(Observer *o) { obs.push_back(o); }
  void detach(Observer *o) { obs.erase(std::remove(obs.begin(), obs.end(), o), obs.end()); }
};
struct Counter : Observer {
  Subject &s;
  explicit Counter(Subject &sub) : s(sub) { s.attach(this); }
  ~Counter() override { s.detach(this); }
  void notify() override {}
};
void run(Subject &subj) { Counter c(subj); }
} // namespace r11_virtual_dtor

namespace r12_copy_swap {
struct Str {
  char *d;
  explicit Str(const char *s) : d(new char[8]) { std::strncpy(d, s, 8); }
  Str(const Str &o) : d(new char[8]) { std::memcpy(d, o.d, 8); }
  Str &operator=(const Str &o) {
    Str tmp(o);
    std::swap(d, tmp.d);
    return *this;
  }
  ~Str() { delete[] d; }
};
int run() {
  Str a("x");
  Str b = a;
  b = a;
  return b.d[0];
}
} // namespace r12_copy_swap

namespace r13_moved_from_owner {
struct Buffer {
  char *data;
  explicit Buffer(size_t n) : data(new char[n]()) {}
  Buffer(Buffer &&o) noexcept : data(std::exchange(o.data, nullptr)) {}
  Buffer(const Buffer &) = delete;
  ~Buffer() { delete[] data; }
};
int run() {
  std::vector<Buffer> bufs;
  char *last = nullptr;
  for (int i = 0; i < 3; ++i) {
    Buffer b(16);
    last = b.data;
    bufs.push_back(std::move(b));
  }
  last[0] = 'x';
  return bufs.back().data[0];
}
} // namespace r13_moved_from_owner

namespace controls {
int *escapes() {
  int Local = 0;
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'Local' escapes through the return value [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'Local' taken here
  return &Local;
}
int dangles() {
  int *P = new int(1);
  delete P;
  // CHECK: :[[@LINE+3]]:{{[0-9]+}}: warning: use of heap object after it was deleted [lifeguard-dangling]
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: heap object allocated here
  // CHECK: :[[@LINE-3]]:{{[0-9]+}}: note: deleted here
  return *P;
}
} // namespace controls

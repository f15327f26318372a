// Generic ObjectPool<T> with borrow/give_back used by a matrix job runner; the result is copied out of the workspace before give_back.
// trace_of_product() borrows a Workspace, computes into it, stores ws.result in a local
// double and gives the workspace back, then returns the local.
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <new>

template <typename T, std::size_t N>
class ObjectPool {
  union Slot {
    Slot* next;
    alignas(T) unsigned char storage[sizeof(T)];
  };

 public:
  ObjectPool() {
    for (Slot& s : slots_) {
      s.next = free_;
      free_ = &s;
    }
    ASAN_POISON_MEMORY_REGION(slots_, sizeof(slots_));
  }
  ~ObjectPool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }

  T* borrow() {
    Slot* s = free_;
    if (!s) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(s, sizeof(Slot));
    free_ = s->next;
    return new (s->storage) T();
  }
  void give_back(T* obj) {
    obj->~T();
    Slot* s = reinterpret_cast<Slot*>(obj);
    s->next = free_;
    free_ = s;
    ASAN_POISON_MEMORY_REGION(s, sizeof(Slot));
  }

 private:
  Slot slots_[N];
  Slot* free_ = nullptr;
};

struct Workspace {
  double a[9];
  double b[9];
  double result;
};

static double trace_of_product(ObjectPool<Workspace, 4>& pool, const double* x, const double* y) {
  Workspace* ws = pool.borrow();
  if (!ws) return 0;
  for (int i = 0; i < 9; ++i) { ws->a[i] = x[i]; ws->b[i] = y[i]; }
  ws->result = 0;
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 3; ++k) ws->result += ws->a[i * 3 + k] * ws->b[k * 3 + i];
  const double result = ws->result;
  pool.give_back(ws);
  return result;
}

int main() {
  ObjectPool<Workspace, 4> pool;
  const double id[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
  const double m[9] = {2, 1, 0, 0, 3, 1, 1, 0, 4};
  double t = 0;
  for (int rep = 0; rep < 8; ++rep) t += trace_of_product(pool, id, m);
  std::printf("trace sum = %.1f\n", t);
  return t == 72.0 ? 0 : 1;
}

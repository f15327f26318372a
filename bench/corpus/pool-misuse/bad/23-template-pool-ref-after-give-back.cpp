// Generic ObjectPool<T> with borrow/give_back used by a matrix job runner; a reference to the borrowed object is used after give_back.
// run_job() borrows a Workspace from a templated ObjectPool and binds a reference to it.
// After giving the workspace back it still reads ws.result through the reference to
// report the job's answer.
// asan: use-after-poison
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
  Workspace& ws = *pool.borrow();
  for (int i = 0; i < 9; ++i) { ws.a[i] = x[i]; ws.b[i] = y[i]; }
  ws.result = 0;
  for (int i = 0; i < 3; ++i)
    for (int k = 0; k < 3; ++k) ws.result += ws.a[i * 3 + k] * ws.b[k * 3 + i];
  pool.give_back(&ws);
  return ws.result;  // BUG: reference to the workspace read after give_back()
}

int main() {
  ObjectPool<Workspace, 4> pool;
  const double id[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
  const double m[9] = {2, 1, 0, 0, 3, 1, 1, 0, 4};
  double t = trace_of_product(pool, id, m);
  std::printf("trace = %.1f\n", t);
  return 0;
}

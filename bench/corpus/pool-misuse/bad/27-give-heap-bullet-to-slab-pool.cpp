// Shooter game with a fixed slab bullet pool (take/give); a bullet made with `new` for a power-up is given to the pool and never freed.
// BulletPool owns an in-place array of bullets and recycles them through an intrusive
// free list. The power-up code creates an extra bullet with `new` when the pool is
// exhausted and later retires it with give() like any other bullet. The pool keeps the
// foreign bullet on its free list but never deletes anything, so the heap bullet leaks.
// asan: detected memory leaks
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <vector>

struct Bullet {
  float x, y, dy;
  int damage;
  Bullet* next;
};

class BulletPool {
 public:
  BulletPool() {
    for (Bullet& b : slab_) give(&b);
  }
  ~BulletPool() { ASAN_UNPOISON_MEMORY_REGION(slab_, sizeof(slab_)); }
  Bullet* take() {
    Bullet* b = free_;
    if (!b) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(b, sizeof(Bullet));
    free_ = b->next;
    return b;
  }
  void give(Bullet* b) {
    b->next = free_;
    free_ = b;
    ASAN_POISON_MEMORY_REGION(b, sizeof(Bullet));
  }

 private:
  Bullet slab_[4];
  Bullet* free_ = nullptr;
};

static void fire(BulletPool& pool, std::vector<Bullet*>& live, float x, int damage) {
  Bullet* b = pool.take();
  if (!b) b = new Bullet{};  // power-up volley may exceed the pool
  b->x = x;
  b->y = 0;
  b->dy = 2.0f;
  b->damage = damage;
  live.push_back(b);
}

int main() {
  BulletPool pool;
  std::vector<Bullet*> live;
  for (int i = 0; i < 5; ++i) fire(pool, live, 10.0f * i, 1 + (i == 4));
  int hits = 0;
  for (int frame = 0; frame < 10 && !live.empty(); ++frame) {
    for (std::size_t i = 0; i < live.size();) {
      Bullet* b = live[i];
      b->y += b->dy;
      if (b->y >= 8.0f) {
        hits += b->damage;
        pool.give(b);  // BUG: the overflow bullet came from `new`, not from the pool
        live[i] = live.back();
        live.pop_back();
      } else {
        ++i;
      }
    }
  }
  std::printf("damage dealt: %d\n", hits);
  return 0;
}

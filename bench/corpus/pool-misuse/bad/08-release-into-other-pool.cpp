// Game level with two entity pools; a projectile from the level's slab pool is released into the global pool.
// LevelPool hands out entities from one fixed in-place slab for the duration of a level;
// GlobalEntityPool allocates entities one by one and deletes surplus ones when it is
// trimmed. When a projectile hits, the collision code releases it to the global pool
// instead of the level pool that owns it, so the global pool's trim later deletes a
// pointer into the middle of the level slab.
// asan: attempting free on address which was not malloc()-ed
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <vector>

enum Kind { kPlayer = 100, kProjectile = 101 };

struct Entity {
  int kind;
  int hp;
  float x, y;
};

class LevelPool {
 public:
  Entity* acquire() { return used_ < kCap ? &slab_[used_++] : nullptr; }
  void release(Entity* e) { e->hp = 0; }  // slots are reclaimed when the level ends

 private:
  static constexpr std::size_t kCap = 16;
  Entity slab_[kCap];
  std::size_t used_ = 0;
};

class GlobalEntityPool {
 public:
  ~GlobalEntityPool() { trim(0); }
  Entity* acquire() {
    if (idle_.empty()) return new Entity{};
    Entity* e = idle_.back();
    idle_.pop_back();
    ASAN_UNPOISON_MEMORY_REGION(e, sizeof(Entity));
    return e;
  }
  void release(Entity* e) {
    idle_.push_back(e);
    ASAN_POISON_MEMORY_REGION(e, sizeof(Entity));
  }
  void trim(std::size_t keep) {
    while (idle_.size() > keep) {
      Entity* e = idle_.back();
      idle_.pop_back();
      ASAN_UNPOISON_MEMORY_REGION(e, sizeof(Entity));
      delete e;
    }
  }

 private:
  std::vector<Entity*> idle_;
};

int main() {
  GlobalEntityPool global;
  LevelPool level;

  Entity* player = global.acquire();
  player->kind = kPlayer; player->hp = 100;
  Entity* shots[3];
  for (int i = 0; i < 3; ++i) {
    shots[i] = level.acquire();
    shots[i]->kind = kProjectile; shots[i]->hp = 1;
    shots[i]->x = 1.0f * i; shots[i]->y = 0.0f;
  }
  int hits = 0;
  for (Entity* s : shots) {
    s->y += 5.0f;
    if (s->x >= 1.0f) {  // collided
      ++hits;
      global.release(s);  // BUG: projectile belongs to the level pool
    }
  }
  global.release(player);
  global.trim(1);
  std::printf("hits: %d\n", hits);
  return 0;
}

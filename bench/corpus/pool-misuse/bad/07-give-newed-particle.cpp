// Particle system with a malloc-backed particle pool; gives a particle created with `new` back to the pool.
// ParticlePool::take() hands out particles carved from malloc() and give() keeps a few
// idle ones, free()ing the rest. The boss explosion effect creates its big flare with
// plain `new Particle` but retires it like every other particle, through give(), so
// the pool eventually free()s an object that came from operator new.
// asan: alloc-dealloc-mismatch
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>

struct Particle {
  float x, y, vx, vy;
  int ttl;
  int color;
};

class ParticlePool {
 public:
  explicit ParticlePool(std::size_t keep) : keep_(keep) {}
  ~ParticlePool() {
    for (Particle* p : idle_) {
      ASAN_UNPOISON_MEMORY_REGION(p, sizeof(Particle));
      std::free(p);
    }
  }
  Particle* take() {
    void* mem;
    if (!idle_.empty()) {
      mem = idle_.back();
      idle_.pop_back();
      ASAN_UNPOISON_MEMORY_REGION(mem, sizeof(Particle));
    } else {
      mem = std::malloc(sizeof(Particle));
      if (!mem) return nullptr;
    }
    return new (mem) Particle{};
  }
  void give(Particle* p) {
    p->~Particle();
    if (idle_.size() >= keep_) {
      std::free(p);
      return;
    }
    idle_.push_back(p);
    ASAN_POISON_MEMORY_REGION(p, sizeof(Particle));
  }

 private:
  std::size_t keep_;
  std::vector<Particle*> idle_;
};

int main() {
  ParticlePool pool(2);
  std::vector<Particle*> live;
  for (int i = 0; i < 6; ++i) {
    Particle* p = pool.take();
    p->x = 0; p->y = 0;
    p->vx = 0.5f * i; p->vy = 1.0f;
    p->ttl = 2 + i % 3;
    live.push_back(p);
  }
  Particle* flare = new Particle{0, 0, 0, 0, 3, 0xffee00};
  live.push_back(flare);

  int frames = 0;
  while (!live.empty()) {
    ++frames;
    for (std::size_t i = 0; i < live.size();) {
      Particle* p = live[i];
      p->x += p->vx; p->y += p->vy;
      if (--p->ttl <= 0) {
        pool.give(p);  // BUG: the flare came from `new`, not from the pool
        live[i] = live.back();
        live.pop_back();
      } else {
        ++i;
      }
    }
  }
  std::printf("all particles expired after %d frames\n", frames);
  return 0;
}

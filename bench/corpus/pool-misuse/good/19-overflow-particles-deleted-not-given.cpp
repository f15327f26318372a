// Particle system with a malloc-backed particle pool; overflow particles made with `new` are marked and deleted, only pooled ones are given back.
// Each Particle records whether it came from ParticlePool::take(). When particles expire
// the update loop gives pooled ones back to the pool and deletes the ones it created
// with `new`, so the pool only ever receives objects it handed out.
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <vector>

struct Particle {
  float x, y, vx, vy;
  int ttl;
  bool pooled;
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
    return new (mem) Particle{0, 0, 0, 0, 0, true};
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
  ParticlePool pool(4);
  std::vector<Particle*> live;
  for (int i = 0; i < 6; ++i) {
    Particle* p = pool.take();
    p->vx = 0.5f * i; p->vy = 1.0f;
    p->ttl = 2 + i % 3;
    live.push_back(p);
  }
  live.push_back(new Particle{0, 0, 0, 0, 3, false});  // boss flare, not from the pool

  int frames = 0;
  while (!live.empty()) {
    ++frames;
    for (std::size_t i = 0; i < live.size();) {
      Particle* p = live[i];
      p->x += p->vx; p->y += p->vy;
      if (--p->ttl <= 0) {
        if (p->pooled) pool.give(p);
        else delete p;
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

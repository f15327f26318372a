// Editor frame loop with a double-buffered FramePool; the clicked entity id is copied into persistent state instead of keeping a pointer into the frame.
// Pick results are allocated per frame and deallocated at the end of the frame. The
// selection survives across frames as a plain int (`selected_entity`), so nothing refers
// to an earlier frame's memory.
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>

struct PickResult {
  int entity;
  float depth;
};

class FramePool {
 public:
  FramePool() { ASAN_POISON_MEMORY_REGION(buf_, sizeof(buf_)); }
  ~FramePool() { ASAN_UNPOISON_MEMORY_REGION(buf_, sizeof(buf_)); }
  void begin_frame(int frame) {
    base_ = (frame % 2) * kHalf;
    top_ = 0;
  }
  void* allocate(std::size_t n) {
    n = (n + 15) & ~static_cast<std::size_t>(15);
    if (top_ + n > kHalf) return nullptr;
    void* p = buf_ + base_ + top_;
    top_ += n;
    ASAN_UNPOISON_MEMORY_REGION(p, n);
    return p;
  }
  void deallocate(void* p, std::size_t n) {
    n = (n + 15) & ~static_cast<std::size_t>(15);
    top_ = static_cast<std::size_t>(static_cast<unsigned char*>(p) - (buf_ + base_));
    ASAN_POISON_MEMORY_REGION(p, n);
  }

 private:
  static constexpr std::size_t kHalf = 2048;
  alignas(16) unsigned char buf_[2 * kHalf];
  std::size_t base_ = 0;
  std::size_t top_ = 0;
};

static PickResult* pick(FramePool& frame, int mouse_x, int n_entities) {
  auto* hits = static_cast<PickResult*>(frame.allocate(sizeof(PickResult) * n_entities));
  for (int i = 0; i < n_entities; ++i) {
    hits[i].entity = i;
    hits[i].depth = static_cast<float>((mouse_x + i * 7) % 11);
  }
  return hits;
}

int main() {
  FramePool frame;
  const int clicks[] = {-1, 42, -1, -1};
  int selected_entity = -1;
  int highlighted = 0;
  for (int f = 0; f < 4; ++f) {
    const int n = 6;
    frame.begin_frame(f);
    PickResult* hits = pick(frame, f * 13, n);
    if (clicks[f] >= 0) {
      const PickResult* best = &hits[0];
      for (int i = 1; i < n; ++i)
        if (hits[i].depth < best->depth) best = &hits[i];
      selected_entity = best->entity;
    }
    if (selected_entity >= 0 && f > 1) highlighted += selected_entity;
    frame.deallocate(hits, sizeof(PickResult) * n);
  }
  std::printf("highlight sum %d\n", highlighted);
  return 0;
}

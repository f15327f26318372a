// Editor frame loop with a per-frame FramePool allocator; the selection pointer from the previous frame is read after that frame's memory was deallocated.
// Every frame allocates its pick results from FramePool::allocate() and gives them back
// with deallocate() at the end of the frame (LIFO). The editor keeps `selected` from
// the frame in which the user clicked and highlights it in the following frames.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>

struct PickResult {
  int entity;
  float depth;
};

// Double-buffered: frame N allocates from half N % 2 while the GPU may still read the other.
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
  const PickResult* selected = nullptr;
  int highlighted = 0;
  for (int f = 0; f < 4; ++f) {
    const int n = 6;
    frame.begin_frame(f);
    PickResult* hits = pick(frame, f * 13, n);
    if (clicks[f] >= 0) {
      selected = &hits[0];
      for (int i = 1; i < n; ++i)
        if (hits[i].depth < selected->depth) selected = &hits[i];
    }
    if (selected && f > 1) highlighted += selected->entity;  // BUG: selection lives in a previous frame's allocation
    frame.deallocate(hits, sizeof(PickResult) * n);
  }
  std::printf("highlight sum %d\n", highlighted);
  return 0;
}

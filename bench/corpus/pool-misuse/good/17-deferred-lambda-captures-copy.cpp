// Render command recorder with a scratch buffer pool; the deferred lambda captures a copy of the vertex data, so the buffer can be put back at once.
// record_draw() fills a ScratchBuffer from ScratchPool, copies the vertices into an
// array that the deferred upload lambda captures by value, and puts the buffer back.
// When the deferred queue is flushed the lambda reads only its own copy.
#include <sanitizer/asan_interface.h>
#include <array>
#include <cstdio>
#include <functional>
#include <vector>

struct ScratchBuffer {
  float verts[24];
  int count;
  int pad;
  ScratchBuffer* next;
};

class ScratchPool {
 public:
  ScratchPool() {
    for (ScratchBuffer& b : bufs_) put(&b);
  }
  ~ScratchPool() { ASAN_UNPOISON_MEMORY_REGION(bufs_, sizeof(bufs_)); }
  ScratchBuffer* get() {
    ScratchBuffer* b = head_;
    if (!b) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(b, sizeof(ScratchBuffer));
    head_ = b->next;
    b->count = 0;
    return b;
  }
  void put(ScratchBuffer* b) {
    b->next = head_;
    head_ = b;
    ASAN_POISON_MEMORY_REGION(b, sizeof(ScratchBuffer));
  }

 private:
  ScratchBuffer bufs_[4];
  ScratchBuffer* head_ = nullptr;
};

struct Gpu {
  double uploaded = 0;
  void upload(const float* v, int n) {
    for (int i = 0; i < n; ++i) uploaded += v[i];
  }
};

static void record_draw(ScratchPool& pool, std::vector<std::function<void()>>& deferred, Gpu& gpu,
                        float x, float y) {
  ScratchBuffer* buf = pool.get();
  if (!buf) return;
  const float quad[12] = {x, y, x + 1, y, x + 1, y + 1, x, y, x + 1, y + 1, x, y + 1};
  for (float f : quad) buf->verts[buf->count++] = f;
  std::array<float, 24> verts{};
  for (int i = 0; i < buf->count; ++i) verts[i] = buf->verts[i];
  const int count = buf->count;
  deferred.push_back([verts, count, &gpu] { gpu.upload(verts.data(), count); });
  pool.put(buf);
}

int main() {
  ScratchPool pool;
  Gpu gpu;
  std::vector<std::function<void()>> deferred;
  for (int i = 0; i < 6; ++i) record_draw(pool, deferred, gpu, 2.0f * i, 1.0f * i);
  for (auto& fn : deferred) fn();  // end of frame
  std::printf("uploaded sum %.1f\n", gpu.uploaded);
  return 0;
}

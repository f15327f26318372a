// Render command recorder with a scratch buffer pool; a deferred lambda captures a buffer that is put back before the lambda runs.
// record_draw() takes a ScratchBuffer from ScratchPool, fills the vertex data and
// queues a lambda that uploads it at the end of the frame. The function puts the buffer
// back right after queueing, "since the data is recorded" -- but the lambda captured
// the raw pointer and reads the buffer when the deferred queue is flushed.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
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
  deferred.push_back([buf, &gpu] {
    gpu.upload(buf->verts, buf->count);  // BUG: runs after the buffer was put back
  });
  pool.put(buf);
}

int main() {
  ScratchPool pool;
  Gpu gpu;
  std::vector<std::function<void()>> deferred;
  record_draw(pool, deferred, gpu, 0.0f, 0.0f);
  record_draw(pool, deferred, gpu, 2.0f, 3.0f);
  for (auto& fn : deferred) fn();  // end of frame
  std::printf("uploaded sum %.1f\n", gpu.uploaded);
  return 0;
}

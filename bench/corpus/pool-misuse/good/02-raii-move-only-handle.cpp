// Audio mixer with a move-only RAII handle over a sample buffer pool; buffers go back exactly once, in the handle's destructor.
// PooledBuffer puts its SampleBuffer back into SamplePool when destroyed. Copying is
// deleted and moving empties the source, so passing handles by value to mix_into()
// transfers ownership instead of duplicating it.
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <utility>

struct SampleBuffer {
  float samples[64];
  int frames;
  int channel;
  SampleBuffer* next;
};

class SamplePool {
 public:
  SamplePool() {
    for (SampleBuffer& b : buffers_) put(&b);
  }
  ~SamplePool() { ASAN_UNPOISON_MEMORY_REGION(buffers_, sizeof(buffers_)); }
  SampleBuffer* get() {
    SampleBuffer* b = free_;
    if (!b) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(b, sizeof(SampleBuffer));
    free_ = b->next;
    b->frames = 0;
    return b;
  }
  void put(SampleBuffer* b) {
    b->next = free_;
    free_ = b;
    ASAN_POISON_MEMORY_REGION(b, sizeof(SampleBuffer));
  }

 private:
  SampleBuffer buffers_[4];
  SampleBuffer* free_ = nullptr;
};

class PooledBuffer {
 public:
  explicit PooledBuffer(SamplePool& pool) : pool_(&pool), buf_(pool.get()) {}
  PooledBuffer(PooledBuffer&& o) noexcept : pool_(o.pool_), buf_(std::exchange(o.buf_, nullptr)) {}
  PooledBuffer(const PooledBuffer&) = delete;
  PooledBuffer& operator=(const PooledBuffer&) = delete;
  PooledBuffer& operator=(PooledBuffer&&) = delete;
  ~PooledBuffer() {
    if (buf_) pool_->put(buf_);
  }
  SampleBuffer* operator->() const { return buf_; }
  explicit operator bool() const { return buf_ != nullptr; }

 private:
  SamplePool* pool_;
  SampleBuffer* buf_;
};

static float mix_into(PooledBuffer src, float* out, int frames) {
  float peak = 0;
  for (int i = 0; i < frames; ++i) {
    out[i] += src->samples[i] * 0.5f;
    if (out[i] > peak) peak = out[i];
  }
  return peak;  // src gives the buffer back here
}

int main() {
  SamplePool pool;
  float master[64] = {};
  float peak = 0;
  for (int voice_no = 0; voice_no < 6; ++voice_no) {
    PooledBuffer voice(pool);
    if (!voice) return 1;
    voice->frames = 64;
    for (int i = 0; i < 64; ++i) voice->samples[i] = ((i + voice_no) % 8) / 8.0f;
    int frames = voice->frames;
    peak = mix_into(std::move(voice), master, frames);
  }
  std::printf("peak %.3f\n", peak);
  return 0;
}

// Audio mixer with an RAII PooledBuffer handle that lacks a copy constructor; a copy makes both handles give the buffer back.
// PooledBuffer returns its SampleBuffer to SamplePool in its destructor, but it has the
// implicit member-wise copy. mix_into() takes the handle by value, so the copy and the
// original both call put() on the same buffer; the second put() writes the free-list
// link into the poisoned buffer.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdio>

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
  ~PooledBuffer() {
    if (buf_) pool_->put(buf_);  // BUG: runs for the copy and for the original
  }
  SampleBuffer* operator->() const { return buf_; }

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
  return peak;
}

int main() {
  SamplePool pool;
  float master[64] = {};
  PooledBuffer voice(pool);
  voice->frames = 64;
  for (int i = 0; i < 64; ++i) voice->samples[i] = (i % 8) / 8.0f;
  float peak = mix_into(voice, master, voice->frames);
  std::printf("peak %.3f\n", peak);
  return 0;
}

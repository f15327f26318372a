// Worker queue with a buffer pool; the worker and the dispatcher both put the same buffer back through two aliases.
// The dispatcher takes a Buffer from BufferPool, fills it and hands a Job (which
// keeps an alias of the buffer) to the worker. The worker puts job.buf back when it is
// done, and the dispatcher, which still holds `buf`, puts it back again after the
// queue drains. The second put() writes the free-list link into a poisoned buffer.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <deque>

struct Buffer {
  unsigned char bytes[112];
  std::size_t size;
  Buffer* link;
};

class BufferPool {
 public:
  BufferPool() {
    for (Buffer& b : storage_) put(&b);
  }
  ~BufferPool() { ASAN_UNPOISON_MEMORY_REGION(storage_, sizeof(storage_)); }
  Buffer* get() {
    if (!head_) return nullptr;
    Buffer* b = head_;
    ASAN_UNPOISON_MEMORY_REGION(b, sizeof(Buffer));
    head_ = b->link;
    b->size = 0;
    return b;
  }
  void put(Buffer* b) {
    b->link = head_;
    head_ = b;
    ASAN_POISON_MEMORY_REGION(b, sizeof(Buffer));
  }

 private:
  Buffer storage_[6];
  Buffer* head_ = nullptr;
};

struct Job {
  int id;
  Buffer* buf;
};

static unsigned process(BufferPool& pool, Job& job) {
  unsigned sum = 0;
  for (std::size_t i = 0; i < job.buf->size; ++i) sum += job.buf->bytes[i];
  pool.put(job.buf);  // the worker owns the buffer once the job is queued
  job.buf = nullptr;
  return sum;
}

int main() {
  BufferPool pool;
  std::deque<Job> queue;
  Buffer* buf = pool.get();
  if (!buf) return 1;
  const char* text = "GET /metrics";
  buf->size = std::strlen(text);
  std::memcpy(buf->bytes, text, buf->size);
  queue.push_back(Job{1, buf});

  unsigned total = 0;
  while (!queue.empty()) {
    total += process(pool, queue.front());
    queue.pop_front();
  }
  pool.put(buf);  // BUG: second put of the buffer the worker already returned
  std::printf("checksum %u\n", total);
  return 0;
}

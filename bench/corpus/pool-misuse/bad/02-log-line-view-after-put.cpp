// Logger with a buffer pool; hands a string_view into a pooled buffer to the sink after putting the buffer back.
// Logger::log() formats each line into a LogBuffer taken from BufferPool with get(),
// keeps a std::string_view over the formatted bytes, returns the buffer with put()
// and only then writes the view to the sink. The view still points into the
// buffer, which the pool has poisoned.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <string_view>

struct LogBuffer {
  char data[248];
  std::size_t len;
  LogBuffer* next;
};

class BufferPool {
 public:
  explicit BufferPool(std::size_t n) : blocks_(new LogBuffer[n]), count_(n) {
    for (std::size_t i = 0; i < n; ++i) put(&blocks_[i]);
  }
  ~BufferPool() {
    ASAN_UNPOISON_MEMORY_REGION(blocks_, count_ * sizeof(LogBuffer));
    delete[] blocks_;
  }
  LogBuffer* get() {
    LogBuffer* b = free_;
    if (!b) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(b, sizeof(LogBuffer));
    free_ = b->next;
    b->len = 0;
    return b;
  }
  void put(LogBuffer* b) {
    b->next = free_;
    free_ = b;
    ASAN_POISON_MEMORY_REGION(b, sizeof(LogBuffer));
  }

 private:
  LogBuffer* blocks_;
  std::size_t count_;
  LogBuffer* free_ = nullptr;
};

struct Sink {
  unsigned checksum = 0;
  std::size_t bytes = 0;
  void write(std::string_view line) {
    for (char c : line) checksum = checksum * 31u + static_cast<unsigned char>(c);
    bytes += line.size();
  }
};

class Logger {
 public:
  Logger(BufferPool& pool, Sink& sink) : pool_(pool), sink_(sink) {}
  void log(const char* level, const char* msg, int code) {
    LogBuffer* buf = pool_.get();
    if (!buf) return;
    std::string_view line = format(buf, level, msg, code);
    pool_.put(buf);
    sink_.write(line);  // BUG: view into the buffer read after put()
  }

 private:
  static std::string_view format(LogBuffer* b, const char* level, const char* msg, int code) {
    int n = std::snprintf(b->data, sizeof b->data, "[%s] %s (code=%d)\n", level, msg, code);
    b->len = n > 0 ? static_cast<std::size_t>(n) : 0;
    return std::string_view(b->data, b->len);
  }
  BufferPool& pool_;
  Sink& sink_;
};

int main() {
  BufferPool pool(4);
  Sink sink;
  Logger logger(pool, sink);
  logger.log("INFO", "service started", 0);
  logger.log("WARN", "disk almost full", 17);
  std::printf("wrote %zu bytes, checksum %u\n", sink.bytes, sink.checksum);
  return 0;
}

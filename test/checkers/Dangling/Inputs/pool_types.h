// Code in a header: a buffer cache whose lookups hand out pointers into the
// buffers it owns.
#include <memory>
#include <string>
#include <vector>

struct Buffer {
  std::vector<char> bytes;
  size_t size() const { return bytes.size(); }
};

class BufferCache {
public:
  Buffer *newest() { return buffers_.empty() ? nullptr : buffers_.back().get(); }
  void add() { buffers_.push_back(std::make_unique<Buffer>()); }
  void evictAll() { buffers_.clear(); }
  void replace(std::unique_ptr<Buffer> &slot) { slot = std::make_unique<Buffer>(); }

private:
  std::vector<std::unique_ptr<Buffer>> buffers_;
};

#define WITH_SCRATCH(ptr)                                                      \
  int scratch_##ptr = 0;                                                       \
  ptr = &scratch_##ptr

// Packet encoder whose Blob is allocated from a caller's stack arena but deallocated through the default resource.
// encode() allocates the output Blob's bytes from the memory_resource the caller passes
// in (a monotonic arena over a stack buffer), but Blob's destructor returns the bytes to
// the process-wide default resource -- a different resource, which hands them to
// operator delete.
// asan: attempting free on address which was not malloc()-ed
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory_resource>

class Blob {
 public:
  Blob(unsigned char* data, std::size_t size) : data_(data), size_(size) {}
  Blob(const Blob&) = delete;
  Blob& operator=(const Blob&) = delete;
  ~Blob() {
    std::pmr::get_default_resource()->deallocate(data_, size_, 1);  // BUG: not the resource it came from
  }
  const unsigned char* data() const { return data_; }
  std::size_t size() const { return size_; }

 private:
  unsigned char* data_;
  std::size_t size_;
};

static unsigned char* encode(std::pmr::memory_resource* mr, const char* payload, std::size_t* out) {
  std::size_t n = std::strlen(payload);
  auto* bytes = static_cast<unsigned char*>(mr->allocate(n + 4, 1));
  bytes[0] = 0xC0;
  bytes[1] = static_cast<unsigned char>(n);
  std::memcpy(bytes + 2, payload, n);
  bytes[n + 2] = 0;
  bytes[n + 3] = 0xC1;
  *out = n + 4;
  return bytes;
}

static unsigned checksum(const Blob& b) {
  unsigned s = 0;
  for (std::size_t i = 0; i < b.size(); ++i) s = (s << 1) ^ b.data()[i];
  return s;
}

int main() {
  alignas(std::max_align_t) unsigned char frame[1024];
  std::pmr::monotonic_buffer_resource arena(frame, sizeof frame);
  unsigned sum = 0;
  const char* messages[] = {"temp=21.5", "humidity=40"};
  for (const char* m : messages) {
    std::size_t size = 0;
    unsigned char* bytes = encode(&arena, m, &size);
    Blob blob(bytes, size);
    sum ^= checksum(blob);
  }
  std::printf("checksum %u\n", sum);
  return 0;
}

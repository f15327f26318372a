// Packet reassembly loop with a packet pool; compares against the previous iteration's packet after it was released.
// Each loop iteration takes a Packet from PacketPool, checks that its sequence number
// follows the previous packet's, and releases it at the end of the iteration. `prev`
// is kept across iterations to detect gaps, but it points at a packet that was
// already released in the iteration before.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdint>
#include <cstdio>
#include <cstring>

struct Packet {
  std::uint32_t seq;
  std::uint32_t len;
  unsigned char data[56];
  std::uint64_t stamp;
};

// Idle packets are recycled in FIFO order so a packet rests before it is reused.
class PacketPool {
 public:
  PacketPool() {
    for (Packet& p : ring_) release(&p);
  }
  ~PacketPool() { ASAN_UNPOISON_MEMORY_REGION(ring_, sizeof(ring_)); }
  Packet* acquire() {
    if (count_ == 0) return nullptr;
    Packet* p = idle_[head_];
    head_ = (head_ + 1) % kSize;
    --count_;
    ASAN_UNPOISON_MEMORY_REGION(p, sizeof(Packet));
    return p;
  }
  void release(Packet* p) {
    p->len = 0;
    idle_[(head_ + count_) % kSize] = p;
    ++count_;
    ASAN_POISON_MEMORY_REGION(p, sizeof(Packet));
  }

 private:
  static constexpr unsigned kSize = 4;
  Packet ring_[kSize];
  Packet* idle_[kSize];
  unsigned head_ = 0;
  unsigned count_ = 0;
};

static bool receive(Packet* p, std::uint32_t seq) {
  p->seq = seq;
  p->len = 8;
  std::memset(p->data, static_cast<int>(seq & 0xff), p->len);
  return true;
}

int main() {
  PacketPool pool;
  const std::uint32_t arriving[] = {10, 11, 13, 14};
  const Packet* prev = nullptr;
  int gaps = 0;
  unsigned long bytes = 0;
  for (std::uint32_t seq : arriving) {
    Packet* pkt = pool.acquire();
    if (!pkt || !receive(pkt, seq)) return 1;
    if (prev && pkt->seq != prev->seq + 1) ++gaps;  // BUG: prev was released last iteration
    bytes += pkt->len;
    prev = pkt;
    pool.release(pkt);
  }
  std::printf("%lu bytes, %d gaps\n", bytes, gaps);
  return 0;
}

// Packet reassembly loop with a FIFO packet pool; remembers the previous sequence number as a value, not the released packet.
// Each iteration acquires a Packet, compares its sequence number with `prev_seq` (an
// integer copied from the previous packet before it was released) and releases the
// packet at the end of the iteration.
#include <sanitizer/asan_interface.h>
#include <cstdint>
#include <cstdio>
#include <cstring>

struct Packet {
  std::uint32_t seq;
  std::uint32_t len;
  unsigned char data[56];
};

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

int main() {
  PacketPool pool;
  const std::uint32_t arriving[] = {10, 11, 13, 14};
  bool have_prev = false;
  std::uint32_t prev_seq = 0;
  int gaps = 0;
  unsigned long bytes = 0;
  for (std::uint32_t seq : arriving) {
    Packet* pkt = pool.acquire();
    if (!pkt) return 1;
    pkt->seq = seq;
    pkt->len = 8;
    std::memset(pkt->data, static_cast<int>(seq & 0xff), pkt->len);
    if (have_prev && pkt->seq != prev_seq + 1) ++gaps;
    bytes += pkt->len;
    prev_seq = pkt->seq;
    have_prev = true;
    pool.release(pkt);
  }
  std::printf("%lu bytes, %d gaps\n", bytes, gaps);
  return gaps == 1 ? 0 : 1;
}

// Message router with a message pool; keeps a pointer to a message's header field past free().
// The router takes a Message from MessagePool with alloc(), decodes it, remembers a
// pointer to the header (a field of the message), frees the message back to the pool
// and then routes by header->dest. The field pointer dangles with the message.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <new>

struct Header {
  std::uint32_t seq;
  std::uint16_t dest;
  std::uint16_t len;
};

struct Message {
  Header header;
  char payload[120];
};

class MessagePool {
  union Slot {
    Slot* next;
    alignas(Message) unsigned char raw[sizeof(Message)];
  };

 public:
  MessagePool() {
    for (Slot& s : slots_) {
      s.next = head_;
      head_ = &s;
    }
    ASAN_POISON_MEMORY_REGION(slots_, sizeof(slots_));
  }
  ~MessagePool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }

  Message* alloc() {
    Slot* s = head_;
    if (!s) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(s, sizeof(Slot));
    head_ = s->next;
    return new (s->raw) Message{};
  }
  void free(Message* m) {
    m->~Message();
    Slot* s = reinterpret_cast<Slot*>(m);
    s->next = head_;
    head_ = s;
    ASAN_POISON_MEMORY_REGION(s, sizeof(Slot));
  }

 private:
  Slot slots_[8];
  Slot* head_ = nullptr;
};

static void decode(Message* m, const unsigned char* wire) {
  m->header.seq = wire[0] | (wire[1] << 8);
  m->header.dest = wire[2];
  m->header.len = wire[3];
  std::memcpy(m->payload, wire + 4, m->header.len);
}

int main() {
  MessagePool pool;
  unsigned routed[4] = {0, 0, 0, 0};
  const unsigned char frames[2][12] = {
      {1, 0, 2, 5, 'h', 'e', 'l', 'l', 'o'},
      {2, 0, 3, 4, 'p', 'i', 'n', 'g'},
  };
  for (const auto& wire : frames) {
    Message* msg = pool.alloc();
    if (!msg) return 1;
    decode(msg, wire);
    const Header* hdr = &msg->header;
    std::printf("seq %u, %u bytes\n", msg->header.seq, msg->header.len);
    pool.free(msg);
    routed[hdr->dest % 4] += 1;  // BUG: header field of a freed message read
  }
  std::printf("routed: %u %u %u %u\n", routed[0], routed[1], routed[2], routed[3]);
  return 0;
}

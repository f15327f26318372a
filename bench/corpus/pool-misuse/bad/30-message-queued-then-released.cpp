// Chat server outbox with a message pool; a message is released while the outbox queue still holds it.
// broadcast() takes a ChatMessage from MessagePool, fills it and pushes it onto the
// outbox for the sender thread loop to flush. It then releases the message, thinking
// the queue made a copy -- the queue only stores the pointer, and flush() reads it.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>
#include <queue>

struct ChatMessage {
  int room;
  int author;
  char text[48];
  ChatMessage* next;
};

class MessagePool {
 public:
  MessagePool() {
    for (ChatMessage& m : slots_) release(&m);
  }
  ~MessagePool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }
  ChatMessage* acquire() {
    ChatMessage* m = free_;
    if (!m) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(m, sizeof(ChatMessage));
    free_ = m->next;
    return m;
  }
  void release(ChatMessage* m) {
    m->next = free_;
    free_ = m;
    ASAN_POISON_MEMORY_REGION(m, sizeof(ChatMessage));
  }

 private:
  ChatMessage slots_[8];
  ChatMessage* free_ = nullptr;
};

class Outbox {
 public:
  void push(const ChatMessage* m) { q_.push(m); }
  std::size_t flush() {
    std::size_t bytes = 0;
    while (!q_.empty()) {
      const ChatMessage* m = q_.front();
      q_.pop();
      bytes += std::strlen(m->text) + 8;  // BUG: message was released while still queued
    }
    return bytes;
  }

 private:
  std::queue<const ChatMessage*> q_;
};

static void broadcast(MessagePool& pool, Outbox& out, int room, int author, const char* text) {
  ChatMessage* m = pool.acquire();
  if (!m) return;
  m->room = room;
  m->author = author;
  std::snprintf(m->text, sizeof m->text, "%s", text);
  out.push(m);
  pool.release(m);
}

int main() {
  MessagePool pool;
  Outbox outbox;
  broadcast(pool, outbox, 1, 42, "hello everyone");
  broadcast(pool, outbox, 1, 7, "hi!");
  std::size_t sent = outbox.flush();
  std::printf("sent %zu bytes\n", sent);
  return 0;
}

// HTTP-like request server with a connection pool; reads the connection's byte counter after releasing it.
// Each request borrows a Connection from ConnectionPool, writes the response and
// returns the connection with release(). The access-log line is built afterwards from
// conn->bytes_sent, but by then the slot is idle again and owned by the pool (which
// poisons idle slots, as ASan-aware pools do).
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <cstring>

struct Connection {
  int id;
  int fd;
  long bytes_sent;
  char peer[32];
  Connection* next_idle;
};

class ConnectionPool {
 public:
  ConnectionPool() {
    for (int i = 0; i < kSize; ++i) {
      slots_[i].id = i;
      slots_[i].fd = 100 + i;
      slots_[i].next_idle = idle_;
      idle_ = &slots_[i];
      ASAN_POISON_MEMORY_REGION(&slots_[i], sizeof(Connection));
    }
  }
  ~ConnectionPool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }

  Connection* acquire(const char* peer) {
    Connection* c = idle_;
    if (!c) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(c, sizeof(Connection));
    idle_ = c->next_idle;
    c->next_idle = nullptr;
    c->bytes_sent = 0;
    std::snprintf(c->peer, sizeof c->peer, "%s", peer);
    return c;
  }

  void release(Connection* c) {
    c->next_idle = idle_;
    idle_ = c;
    ASAN_POISON_MEMORY_REGION(c, sizeof(Connection));
  }

 private:
  static constexpr int kSize = 4;
  Connection slots_[kSize];
  Connection* idle_ = nullptr;
};

static long send_chunk(Connection* c, const char* data) {
  long n = static_cast<long>(std::strlen(data));
  c->bytes_sent += n;  // pretend we wrote to c->fd
  return n;
}

static long handle_request(ConnectionPool& pool, const char* peer, const char* path) {
  Connection* conn = pool.acquire(peer);
  if (!conn) return -1;
  send_chunk(conn, "HTTP/1.1 200 OK\r\n\r\n");
  send_chunk(conn, "<html>");
  send_chunk(conn, path);
  send_chunk(conn, "</html>");
  pool.release(conn);
  long logged = conn->bytes_sent;  // BUG: connection used after release to the pool
  std::printf("%s GET %s -> %ld bytes\n", peer, path, logged);
  return logged;
}

int main() {
  ConnectionPool pool;
  const char* peers[] = {"10.0.0.1", "10.0.0.2", "10.0.0.3"};
  const char* paths[] = {"/index", "/about", "/status"};
  long total = 0;
  for (int i = 0; i < 3; ++i) total += handle_request(pool, peers[i], paths[i]);
  std::printf("total %ld\n", total);
  return 0;
}

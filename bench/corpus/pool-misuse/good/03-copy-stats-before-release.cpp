// Request server with a connection pool; copies the byte counter and peer name out of the connection before releasing it.
// The access-log line needs data from the connection, so handle_request() copies
// bytes_sent and the peer address into locals first and only then releases the
// connection. The log is written from the copies.
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>
#include <string>

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
    for (int i = 0; i < 4; ++i) {
      slots_[i].id = i;
      slots_[i].fd = 100 + i;
      release(&slots_[i]);
    }
  }
  ~ConnectionPool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }
  Connection* acquire(const char* peer) {
    Connection* c = idle_;
    if (!c) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(c, sizeof(Connection));
    idle_ = c->next_idle;
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
  Connection slots_[4];
  Connection* idle_ = nullptr;
};

static void send_chunk(Connection* c, const char* data) { c->bytes_sent += static_cast<long>(std::strlen(data)); }

static long handle_request(ConnectionPool& pool, const char* peer, const char* path) {
  Connection* conn = pool.acquire(peer);
  if (!conn) return -1;
  send_chunk(conn, "HTTP/1.1 200 OK\r\n\r\n");
  send_chunk(conn, path);
  const long sent = conn->bytes_sent;
  const std::string who = conn->peer;
  pool.release(conn);
  std::printf("%s GET %s -> %ld bytes\n", who.c_str(), path, sent);
  return sent;
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

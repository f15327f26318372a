// Keep-alive HTTP client with a connection pool; releases a connection after a redirect and re-acquires a fresh one for the new host.
// fetch() acquires a Connection, and on a redirect it releases that connection and
// assigns the result of a new acquire() to the same variable before using it again.
// Every use after the release goes through the newly acquired connection.
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>

struct Connection {
  int id;
  int requests;
  char host[40];
  Connection* next_idle;
};

class ConnectionPool {
 public:
  ConnectionPool() {
    for (int i = 0; i < 4; ++i) {
      slots_[i].id = i + 1;
      release(&slots_[i]);
    }
  }
  ~ConnectionPool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }
  Connection* acquire(const char* host) {
    Connection* c = idle_;
    if (!c) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(c, sizeof(Connection));
    idle_ = c->next_idle;
    c->requests = 0;
    std::snprintf(c->host, sizeof c->host, "%s", host);
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

static const char* send_get(Connection* c, const char* path) {
  c->requests++;
  if (std::strcmp(c->host, "example.com") == 0 && std::strcmp(path, "/old") == 0) return "www.example.com";
  return nullptr;  // no redirect
}

static int fetch(ConnectionPool& pool, const char* host, const char* path) {
  Connection* conn = pool.acquire(host);
  if (!conn) return -1;
  int hops = 0;
  const char* redirect;
  while ((redirect = send_get(conn, path)) != nullptr && hops < 3) {
    char next_host[40];
    std::snprintf(next_host, sizeof next_host, "%s", redirect);
    pool.release(conn);
    conn = pool.acquire(next_host);
    if (!conn) return -1;
    path = "/new";
    ++hops;
  }
  std::printf("fetched %s%s on connection %d after %d redirect(s)\n", conn->host, path, conn->id, hops);
  pool.release(conn);
  return hops;
}

int main() {
  ConnectionPool pool;
  int hops = fetch(pool, "example.com", "/old");
  hops += fetch(pool, "example.org", "/index.html");
  return hops == 1 ? 0 : 1;
}

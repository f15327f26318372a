// Upstream proxy with a connection pool; an early return on a bad request leaks the acquired connection.
// forward() acquires an UpstreamConnection from UpstreamPool before validating the
// request. When the request has no Host header it returns 400 right away and never
// releases the connection. The pool creates connections on demand and only remembers
// idle ones, so the forgotten connection is unreachable at exit.
// asan: detected memory leaks
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

struct UpstreamConnection {
  int id;
  int requests_served;
  std::string backend;
};

class UpstreamPool {
 public:
  explicit UpstreamPool(std::string backend) : backend_(std::move(backend)) {}
  ~UpstreamPool() {
    for (UpstreamConnection* c : idle_) delete c;
  }
  UpstreamConnection* acquire() {
    if (!idle_.empty()) {
      UpstreamConnection* c = idle_.back();
      idle_.pop_back();
      return c;
    }
    return new UpstreamConnection{next_id_++, 0, backend_};
  }
  void release(UpstreamConnection* c) { idle_.push_back(c); }

 private:
  std::string backend_;
  std::vector<UpstreamConnection*> idle_;
  int next_id_ = 1;
};

static int forward(UpstreamPool& pool, const char* request) {
  UpstreamConnection* conn = pool.acquire();  // BUG: leaked when the request is rejected below
  if (!conn) return 503;
  if (!std::strstr(request, "Host:")) {
    std::printf("rejecting request without Host header\n");
    return 400;
  }
  conn->requests_served++;
  std::printf("forwarded to %s via connection %d\n", conn->backend.c_str(), conn->id);
  pool.release(conn);
  return 200;
}

int main() {
  UpstreamPool pool("backend-1:8080");
  const char* requests[] = {
      "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
      "GET /x HTTP/1.0\r\n\r\n",
      "GET /y HTTP/1.1\r\nHost: b\r\n\r\n",
  };
  int ok = 0;
  for (const char* r : requests) {
    if (forward(pool, r) == 200) ++ok;
  }
  std::printf("%d/3 forwarded\n", ok);
  return 0;
}

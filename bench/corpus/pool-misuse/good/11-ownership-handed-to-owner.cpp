// Upstream proxy with an on-demand connection pool; a factory hands acquired connections to a Route that releases them in its destructor.
// open_route() acquires a connection and returns it inside a Route without releasing
// it -- ownership is handed on. Route stores the pointer in a member and returns it to
// the pool when the route is torn down, so nothing leaks even though the pool only
// tracks idle connections.
#include <cstdio>
#include <memory>
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

class Route {
 public:
  Route(UpstreamPool& pool, UpstreamConnection* conn, std::string prefix)
      : pool_(pool), conn_(conn), prefix_(std::move(prefix)) {}
  ~Route() { pool_.release(conn_); }
  Route(const Route&) = delete;
  Route& operator=(const Route&) = delete;
  bool serve(const std::string& path) {
    if (path.compare(0, prefix_.size(), prefix_) != 0) return false;
    conn_->requests_served++;
    return true;
  }
  int served() const { return conn_->requests_served; }

 private:
  UpstreamPool& pool_;
  UpstreamConnection* conn_;
  std::string prefix_;
};

static std::unique_ptr<Route> open_route(UpstreamPool& pool, const char* prefix) {
  UpstreamConnection* conn = pool.acquire();
  if (!conn) return nullptr;
  return std::make_unique<Route>(pool, conn, prefix);  // the route owns the connection now
}

int main() {
  UpstreamPool pool("backend-1:8080");
  std::vector<std::unique_ptr<Route>> routes;
  routes.push_back(open_route(pool, "/api/"));
  routes.push_back(open_route(pool, "/static/"));
  const char* paths[] = {"/api/users", "/static/app.js", "/api/orders", "/favicon.ico"};
  int matched = 0;
  for (const char* p : paths)
    for (auto& r : routes)
      if (r->serve(p)) { ++matched; break; }
  std::printf("matched %d of 4, api route served %d\n", matched, routes[0]->served());
  routes.clear();
  return matched == 3 ? 0 : 1;
}

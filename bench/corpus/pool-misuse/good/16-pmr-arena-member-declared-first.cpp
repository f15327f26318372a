// HTTP request context whose header list allocates from a member arena declared before it, so the list is destroyed first.
// RequestContext declares its monotonic_buffer_resource ahead of the pmr::vector of
// header strings that uses it. Members are destroyed in reverse declaration order, so
// the strings and the vector are gone before the arena releases its chunks.
#include <cstdio>
#include <memory_resource>
#include <string>
#include <vector>

class RequestContext {
 public:
  RequestContext() : headers_(&arena_) {}

  void add_header(const char* name, const char* value) {
    std::pmr::string h(name, &arena_);
    h += ": ";
    h += value;
    headers_.push_back(std::move(h));
  }
  std::size_t header_bytes() const {
    std::size_t n = 0;
    for (const auto& h : headers_) n += h.size() + 2;
    return n;
  }

 private:
  std::pmr::monotonic_buffer_resource arena_{1024};
  std::pmr::vector<std::pmr::string> headers_;
};

static std::size_t handle(const char* path) {
  RequestContext ctx;
  ctx.add_header("Content-Type", "application/json; charset=utf-8");
  ctx.add_header("Cache-Control", "no-store, no-cache, must-revalidate");
  ctx.add_header("X-Request-Path", path);
  return ctx.header_bytes();
}

int main() {
  std::size_t bytes = handle("/api/v1/orders/42/items?expand=product");
  bytes += handle("/healthz");
  std::printf("header blocks: %zu bytes\n", bytes);
  return 0;
}

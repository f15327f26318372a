// HTTP request context whose header list uses a member arena declared after it, so the arena dies first.
// RequestContext builds its header strings in a pmr::vector that allocates from the
// context's own monotonic_buffer_resource. The vector member is declared before the
// arena, so on destruction the arena releases its chunks first and the vector then
// destroys strings that live in the freed chunks.
// asan: heap-use-after-free
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
  std::pmr::vector<std::pmr::string> headers_;  // BUG: outlives arena_, declared below it
  std::pmr::monotonic_buffer_resource arena_{1024};
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
  std::printf("header block: %zu bytes\n", bytes);
  return 0;
}

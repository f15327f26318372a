// Config reader that builds a value in a function-local unsynchronized_pool_resource and returns the pmr::string.
// read_value() creates an unsynchronized_pool_resource for its temporary strings and
// returns one of them by value. Move construction keeps the allocator, so the returned
// string's characters live in a chunk the pool resource frees when the function returns.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <memory_resource>
#include <string>
#include <vector>

static std::pmr::string read_value(const char* text, const char* key) {
  std::pmr::unsynchronized_pool_resource pool;
  std::pmr::vector<std::pmr::string> lines(&pool);
  const char* p = text;
  while (*p) {
    const char* eol = std::strchr(p, '\n');
    if (!eol) eol = p + std::strlen(p);
    lines.emplace_back(p, eol);
    p = *eol ? eol + 1 : eol;
  }
  std::size_t klen = std::strlen(key);
  for (auto& line : lines) {
    if (line.compare(0, klen, key) == 0 && line.size() > klen && line[klen] == '=') {
      std::pmr::string value(line.substr(klen + 1), &pool);
      return value;  // BUG: the string's memory belongs to the local pool resource
    }
  }
  return std::pmr::string(&pool);
}

int main() {
  const char* config =
      "listen=0.0.0.0:8443\n"
      "document_root=/srv/www/example.org/public_html\n"
      "workers=16\n";
  std::pmr::string root = read_value(config, "document_root");
  unsigned slashes = 0;
  for (std::size_t i = 0; i < root.size(); ++i)
    if (root[i] == '/') ++slashes;
  std::printf("document root has %u path separators\n", slashes);
  return 0;
}

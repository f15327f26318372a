// Tokenizer using a stack-buffer monotonic arena; returns a pmr::vector whose storage lives in the dead frame.
// split_fields() sets up a monotonic_buffer_resource over a local char buffer to avoid
// heap traffic and builds the result vector on it. The vector is returned by value,
// and its polymorphic_allocator (and its elements) still refer to the arena and the
// buffer of the frame that has just returned.
// asan: stack-use-after-return
#include <cstddef>
#include <cstdio>
#include <memory_resource>
#include <string_view>
#include <vector>

struct Field {
  std::size_t offset;
  std::size_t length;
};

static std::pmr::vector<Field> split_fields(std::string_view line, char sep) {
  alignas(std::max_align_t) char buffer[512];
  std::pmr::monotonic_buffer_resource arena(buffer, sizeof buffer);
  std::pmr::vector<Field> fields(&arena);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == sep) {
      fields.push_back(Field{start, i - start});
      start = i + 1;
    }
  }
  return fields;  // BUG: the vector's memory and resource belong to this frame
}

static std::size_t widest(const std::pmr::vector<Field>& fields) {
  std::size_t w = 0;
  for (const Field& f : fields)
    if (f.length > w) w = f.length;
  return w;
}

int main() {
  const char* rows[] = {"id;name;email", "7;grace;grace@example.org"};
  std::size_t total = 0;
  for (const char* row : rows) {
    std::pmr::vector<Field> fields = split_fields(row, ';');
    total += widest(fields);
  }
  std::printf("widest fields sum: %zu\n", total);
  return 0;
}

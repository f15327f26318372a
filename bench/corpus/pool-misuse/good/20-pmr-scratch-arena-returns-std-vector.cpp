// CSV splitter that uses a stack-buffer arena for scratch work and returns its result in a std::vector with the default allocator.
// split_fields() builds a pmr::vector of fields on a local monotonic arena, then copies
// the fields into a std::vector (ordinary heap storage) that is returned. Nothing that
// leaves the function refers to the arena or its buffer.
#include <cstddef>
#include <cstdio>
#include <memory_resource>
#include <string_view>
#include <vector>

struct Field {
  std::size_t offset;
  std::size_t length;
};

static std::vector<Field> split_fields(std::string_view line, char sep) {
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
  return std::vector<Field>(fields.begin(), fields.end());
}

static std::size_t widest(const std::vector<Field>& fields) {
  std::size_t w = 0;
  for (const Field& f : fields)
    if (f.length > w) w = f.length;
  return w;
}

int main() {
  const char* rows[] = {"id;name;email", "7;grace;grace@example.org"};
  std::size_t total = 0;
  for (const char* row : rows) {
    std::vector<Field> fields = split_fields(row, ';');
    total += widest(fields);
  }
  std::printf("widest fields sum: %zu\n", total);
  return total == 22 ? 0 : 1;
}

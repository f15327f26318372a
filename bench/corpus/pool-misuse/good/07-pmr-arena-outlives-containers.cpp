// Word-frequency counter on a stack-buffer monotonic arena that is declared before, and so outlives, every container using it.
// count_words() declares the buffer and the monotonic_buffer_resource first, then the
// pmr::map and pmr::vector built on it. Locals are destroyed in reverse order, so the
// containers are gone before the arena and its buffer. Only plain numbers leave the
// function.
#include <cstddef>
#include <cstdio>
#include <map>
#include <memory_resource>
#include <string>
#include <vector>

struct Result {
  std::size_t distinct;
  std::size_t most_frequent_count;
};

static Result count_words(const char* text) {
  alignas(std::max_align_t) char buffer[4096];
  std::pmr::monotonic_buffer_resource arena(buffer, sizeof buffer);
  std::pmr::map<std::pmr::string, std::size_t> freq(&arena);
  std::pmr::vector<std::pmr::string> order(&arena);

  std::pmr::string word(&arena);
  for (const char* p = text;; ++p) {
    if (*p == ' ' || *p == '\0') {
      if (!word.empty()) {
        if (freq[word]++ == 0) order.push_back(word);
        word.clear();
      }
      if (*p == '\0') break;
    } else {
      word.push_back(*p);
    }
  }
  Result r{freq.size(), 0};
  for (const auto& w : order)
    if (freq[w] > r.most_frequent_count) r.most_frequent_count = freq[w];
  return r;
}

int main() {
  Result r = count_words("the quick brown fox jumps over the lazy dog the end");
  std::printf("%zu distinct words, top count %zu\n", r.distinct, r.most_frequent_count);
  return r.most_frequent_count == 3 ? 0 : 1;
}

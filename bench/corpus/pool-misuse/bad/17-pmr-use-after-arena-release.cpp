// Batch log analyzer with a per-batch monotonic arena; keeps the previous batch's longest line after arena.release().
// Each batch's lines are copied into pmr::strings on `arena`, and arena.release() is
// called between batches to recycle the memory. The analyzer remembers a pointer to
// the longest line seen so far, which after release() points into freed chunks.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <memory_resource>
#include <string>
#include <vector>

struct Stats {
  const std::pmr::string* longest = nullptr;
  std::size_t lines = 0;
};

static void analyze_batch(const std::vector<const char*>& batch,
                          std::pmr::vector<std::pmr::string>& lines, Stats& st) {
  for (const char* raw : batch) {
    lines.emplace_back(raw);
    ++st.lines;
  }
  for (const auto& l : lines) {
    if (!st.longest || l.size() > st.longest->size())  // BUG: longest may be from a released batch
      st.longest = &l;
  }
}

int main() {
  std::pmr::monotonic_buffer_resource arena;  // chunks come from the default (heap) resource
  Stats st;
  const std::vector<std::vector<const char*>> batches = {
      {"2024-05-01T10:00:00 INFO  worker started with 8 threads",
       "2024-05-01T10:00:01 DEBUG heartbeat ok"},
      {"2024-05-01T10:00:02 WARN  queue depth above threshold (512)",
       "2024-05-01T10:00:03 INFO  flushed 4096 records to segment 17"},
  };
  for (const auto& batch : batches) {
    std::pmr::vector<std::pmr::string> lines(&arena);
    analyze_batch(batch, lines, st);
    lines.clear();
    lines.shrink_to_fit();
    arena.release();  // recycle all memory of this batch
  }
  std::printf("%zu lines\n", st.lines);
  return 0;
}

// Batch log analyzer with a reusable monotonic arena; copies the longest line out before calling arena.release() between batches.
// Each batch's lines are pmr::strings on `arena`. The longest line seen so far is kept
// as a std::string copy (its own heap memory), the batch's vector is destroyed at the
// end of the inner block, and only then is the arena released for the next batch.
#include <cstdio>
#include <cstring>
#include <memory_resource>
#include <string>
#include <vector>

struct Stats {
  std::string longest;
  std::size_t lines = 0;
  std::size_t warnings = 0;
};

static void analyze_batch(const std::vector<const char*>& batch,
                          std::pmr::vector<std::pmr::string>& lines, Stats& st) {
  for (const char* raw : batch) lines.emplace_back(raw);
  for (const auto& l : lines) {
    if (l.size() > st.longest.size()) st.longest.assign(l.data(), l.size());
    if (l.find(" WARN ") != std::pmr::string::npos) ++st.warnings;
    ++st.lines;
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
    {
      std::pmr::vector<std::pmr::string> lines(&arena);
      analyze_batch(batch, lines, st);
    }
    arena.release();  // recycle all memory of this batch
  }
  std::printf("%zu lines, %zu warning(s), longest (%zu chars): %s\n", st.lines, st.warnings,
              st.longest.size(), st.longest.c_str());
  return st.warnings == 1 ? 0 : 1;
}

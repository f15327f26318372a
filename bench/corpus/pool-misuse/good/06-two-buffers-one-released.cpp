// Diff tool with a buffer pool; holds two file buffers, puts back the scratch one early and keeps using the other.
// compare() gets an "old" and a "new" buffer from BufferPool. After computing the
// common prefix it puts the old buffer back (it is no longer needed) and continues to
// read the new buffer, which is still checked out, releasing it at the end.
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <cstring>

struct FileBuffer {
  char text[96];
  std::size_t len;
  FileBuffer* next;
};

class BufferPool {
 public:
  BufferPool() {
    for (FileBuffer& b : bufs_) put(&b);
  }
  ~BufferPool() { ASAN_UNPOISON_MEMORY_REGION(bufs_, sizeof(bufs_)); }
  FileBuffer* get() {
    FileBuffer* b = head_;
    if (!b) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(b, sizeof(FileBuffer));
    head_ = b->next;
    b->len = 0;
    return b;
  }
  void put(FileBuffer* b) {
    b->next = head_;
    head_ = b;
    ASAN_POISON_MEMORY_REGION(b, sizeof(FileBuffer));
  }

 private:
  FileBuffer bufs_[4];
  FileBuffer* head_ = nullptr;
};

static void load(FileBuffer* b, const char* contents) {
  b->len = std::strlen(contents);
  std::memcpy(b->text, contents, b->len + 1);
}

static int compare(BufferPool& pool, const char* before, const char* after) {
  FileBuffer* old_buf = pool.get();
  FileBuffer* new_buf = pool.get();
  if (!old_buf || !new_buf) return -1;
  load(old_buf, before);
  load(new_buf, after);
  std::size_t prefix = 0;
  while (prefix < old_buf->len && prefix < new_buf->len && old_buf->text[prefix] == new_buf->text[prefix])
    ++prefix;
  pool.put(old_buf);
  int added_lines = 0;
  for (std::size_t i = prefix; i < new_buf->len; ++i)
    if (new_buf->text[i] == '\n') ++added_lines;
  std::printf("common prefix %zu bytes, %d new line(s)\n", prefix, added_lines);
  pool.put(new_buf);
  return added_lines;
}

int main() {
  BufferPool pool;
  int n = compare(pool, "alpha\nbeta\n", "alpha\nbeta\ngamma\ndelta\n");
  n += compare(pool, "x\n", "x\n");
  return n == 2 ? 0 : 1;
}

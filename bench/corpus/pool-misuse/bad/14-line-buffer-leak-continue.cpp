// CSV importer with a line-buffer pool; `continue` on a comment line skips the put() and leaks the buffer.
// Every input line is copied into a LineBuffer taken from LineBufferPool::get(). Comment
// lines are skipped with `continue` before the buffer is returned with put(). The pool
// allocates buffers on demand with malloc() and keeps only the idle ones, so each
// skipped buffer leaks.
// asan: detected memory leaks
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct LineBuffer {
  std::size_t len;
  char text[120];
};

class LineBufferPool {
 public:
  ~LineBufferPool() {
    for (LineBuffer* b : idle_) std::free(b);
  }
  LineBuffer* get() {
    if (!idle_.empty()) {
      LineBuffer* b = idle_.back();
      idle_.pop_back();
      return b;
    }
    return static_cast<LineBuffer*>(std::malloc(sizeof(LineBuffer)));
  }
  void put(LineBuffer* b) { idle_.push_back(b); }

 private:
  std::vector<LineBuffer*> idle_;
};

static int count_fields(const LineBuffer* b) {
  int fields = 1;
  for (std::size_t i = 0; i < b->len; ++i)
    if (b->text[i] == ',') ++fields;
  return fields;
}

int main() {
  LineBufferPool pool;
  const char* input[] = {
      "# exported 2024-01-01",
      "id,name,score",
      "1,ada,90",
      "# trailing comment",
      "2,linus,85",
  };
  int rows = 0, fields = 0;
  for (const char* line : input) {
    LineBuffer* buf = pool.get();  // BUG: not put back on the comment-line path
    if (!buf) return 1;
    buf->len = std::strlen(line);
    std::memcpy(buf->text, line, buf->len + 1);
    if (buf->text[0] == '#') continue;
    fields += count_fields(buf);
    ++rows;
    pool.put(buf);
  }
  std::printf("%d rows, %d fields\n", rows, fields);
  return 0;
}

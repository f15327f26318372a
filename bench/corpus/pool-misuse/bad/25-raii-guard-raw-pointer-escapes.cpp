// Key-value store with a scoped PageGuard over a page pool; the raw page pointer escapes the guard's scope and is used after it released the page.
// lookup() pins a Page through PageGuard, which releases the page back to PagePool in
// its destructor. The found value pointer (into the page) is copied out of the block
// that owns the guard and read after the guard has run.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>

struct Page {
  char keys[4][16];
  int values[4];
  int used;
  int page_no;
  Page* next;
};

class PagePool {
 public:
  PagePool() {
    for (Page& p : frames_) release(&p);
  }
  ~PagePool() { ASAN_UNPOISON_MEMORY_REGION(frames_, sizeof(frames_)); }
  Page* acquire(int page_no) {
    Page* p = free_;
    if (!p) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(p, sizeof(Page));
    free_ = p->next;
    p->page_no = page_no;
    p->used = 0;
    return p;
  }
  void release(Page* p) {
    p->next = free_;
    free_ = p;
    ASAN_POISON_MEMORY_REGION(p, sizeof(Page));
  }

 private:
  Page frames_[3];
  Page* free_ = nullptr;
};

class PageGuard {
 public:
  PageGuard(PagePool& pool, int page_no) : pool_(pool), page_(pool.acquire(page_no)) {}
  ~PageGuard() { if (page_) pool_.release(page_); }
  PageGuard(const PageGuard&) = delete;
  PageGuard& operator=(const PageGuard&) = delete;
  Page* operator->() const { return page_; }

 private:
  PagePool& pool_;
  Page* page_;
};

static void load_page(Page* p) {
  const char* keys[] = {"alpha", "beta", "gamma"};
  for (int i = 0; i < 3; ++i) {
    std::snprintf(p->keys[i], sizeof p->keys[i], "%s", keys[i]);
    p->values[i] = (i + 1) * 100 + p->page_no;
  }
  p->used = 3;
}

static int lookup(PagePool& pool, const char* key) {
  const int* found = nullptr;
  {
    PageGuard page(pool, 7);
    load_page(page.operator->());
    for (int i = 0; i < page->used; ++i)
      if (std::strcmp(page->keys[i], key) == 0) found = &page->values[i];
  }
  return found ? *found : -1;  // BUG: value lives in a page the guard already released
}

int main() {
  PagePool pool;
  int v = lookup(pool, "beta");
  std::printf("beta = %d\n", v);
  return 0;
}

// C-style record decoder with pool_alloc/pool_free and a goto cleanup; the error branch frees the record and jumps to a cleanup that frees it again.
// decode_record() allocates a record with pool_alloc(). On a checksum error it calls
// POOL_RELEASE(rec) and then `goto out`, whose cleanup also releases rec because the
// macro did not clear the caller's pointer. pool_free() links the block into the free
// list by writing into it, which hits the poisoned block on the second call.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstddef>
#include <cstdio>
#include <cstring>

struct block_pool {
  unsigned char* arena;
  std::size_t block_size;
  std::size_t nblocks;
  void* free_list;
};

static void pool_init(block_pool* p, void* mem, std::size_t block_size, std::size_t n) {
  p->arena = static_cast<unsigned char*>(mem);
  p->block_size = block_size;
  p->nblocks = n;
  p->free_list = nullptr;
  for (std::size_t i = 0; i < n; ++i) {
    void* b = p->arena + i * block_size;
    *static_cast<void**>(b) = p->free_list;
    p->free_list = b;
  }
  ASAN_POISON_MEMORY_REGION(p->arena, block_size * n);
}

static void* pool_alloc(block_pool* p) {
  void* b = p->free_list;
  if (!b) return nullptr;
  ASAN_UNPOISON_MEMORY_REGION(b, p->block_size);
  p->free_list = *static_cast<void**>(b);
  return b;
}

static void pool_free(block_pool* p, void* b) {
  *static_cast<void**>(b) = p->free_list;
  p->free_list = b;
  ASAN_POISON_MEMORY_REGION(b, p->block_size);
}

static void pool_destroy(block_pool* p) { ASAN_UNPOISON_MEMORY_REGION(p->arena, p->block_size * p->nblocks); }

static block_pool g_records;
#define POOL_RELEASE(ptr) pool_free(&g_records, (ptr))

struct record {
  unsigned id;
  unsigned checksum;
  char name[24];
};

static int decode_record(const char* line, unsigned expected_sum) {
  int rc = 0;
  record* rec = static_cast<record*>(pool_alloc(&g_records));
  if (!rec) return -1;
  std::memset(rec, 0, sizeof *rec);
  std::sscanf(line, "%u %23s", &rec->id, rec->name);
  for (const char* c = rec->name; *c; ++c) rec->checksum += static_cast<unsigned char>(*c);
  if (rec->checksum != expected_sum) {
    std::printf("record %u: bad checksum\n", rec->id);
    POOL_RELEASE(rec);
    rc = -1;
    goto out;
  }
  std::printf("record %u: %s\n", rec->id, rec->name);
out:
  POOL_RELEASE(rec);  // BUG: rec was already released on the checksum-error path
  return rc;
}

int main() {
  alignas(16) static unsigned char storage[8 * sizeof(record)];
  pool_init(&g_records, storage, sizeof(record), 8);
  int ok = 0;
  if (decode_record("1 alpha", 'a' + 'l' + 'p' + 'h' + 'a') == 0) ++ok;
  if (decode_record("2 beta", 12345) == 0) ++ok;
  pool_destroy(&g_records);
  std::printf("%d ok\n", ok);
  return 0;
}

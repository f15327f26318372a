// C-style record decoder with pool_alloc/pool_free and a goto cleanup; the error branch only jumps, so the record is freed once.
// decode_record() allocates from a block pool, and every exit goes through the `out:`
// label, which frees the record once and clears the pointer. The error branch sets
// the return code and jumps without freeing.
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
#define POOL_RELEASE(ptr) do { pool_free(&g_records, (ptr)); (ptr) = nullptr; } while (0)

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
    rc = -1;
    goto out;
  }
  std::printf("record %u: %s\n", rec->id, rec->name);
out:
  if (rec) POOL_RELEASE(rec);
  return rc;
}

int main() {
  alignas(16) static unsigned char storage[8 * sizeof(record)];
  pool_init(&g_records, storage, sizeof(record), 8);
  int ok = 0;
  for (int round = 0; round < 10; ++round) {
    if (decode_record("1 alpha", 'a' + 'l' + 'p' + 'h' + 'a') == 0) ++ok;
    if (decode_record("2 beta", 12345) == 0) ++ok;
  }
  pool_destroy(&g_records);
  std::printf("%d ok\n", ok);
  return ok == 10 ? 0 : 1;
}

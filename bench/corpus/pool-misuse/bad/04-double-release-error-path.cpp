// Database query runner with a connection pool; the error path releases the connection and then falls through to a second release.
// run_query() acquires a DbConnection, and when the query fails it gives the connection
// back in the error branch "so the pool can reset it" -- but it forgot to return, so the
// shared cleanup at the end releases the same connection again. The pool writes its
// free-list link into the (already poisoned) connection on the second release.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>

struct DbConnection {
  int handle;
  int failed_queries;
  char last_error[48];
  DbConnection* next_free;
};

class DbConnectionPool {
 public:
  DbConnectionPool() {
    for (int i = 0; i < 3; ++i) {
      conns_[i].handle = 7000 + i;
      conns_[i].failed_queries = 0;
      release(&conns_[i]);
    }
  }
  ~DbConnectionPool() { ASAN_UNPOISON_MEMORY_REGION(conns_, sizeof(conns_)); }

  DbConnection* acquire() {
    DbConnection* c = free_;
    if (!c) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(c, sizeof(DbConnection));
    free_ = c->next_free;
    c->last_error[0] = '\0';
    return c;
  }
  void release(DbConnection* c) {
    c->next_free = free_;
    free_ = c;
    ASAN_POISON_MEMORY_REGION(c, sizeof(DbConnection));
  }

 private:
  DbConnection conns_[3];
  DbConnection* free_ = nullptr;
};

static bool execute(DbConnection* c, const char* sql, int* rows) {
  if (std::strstr(sql, "DROP")) {
    std::snprintf(c->last_error, sizeof c->last_error, "permission denied");
    c->failed_queries++;
    return false;
  }
  *rows = static_cast<int>(std::strlen(sql)) % 7;
  return true;
}

static int run_query(DbConnectionPool& pool, const char* sql) {
  DbConnection* conn = pool.acquire();
  if (!conn) return -1;
  int rows = 0;
  bool ok = execute(conn, sql, &rows);
  if (!ok) {
    std::printf("query failed on %d: %s\n", conn->handle, conn->last_error);
    pool.release(conn);
    rows = -1;
  }
  // common cleanup
  pool.release(conn);  // BUG: second release of the connection on the error path
  return rows;
}

int main() {
  DbConnectionPool pool;
  const char* queries[] = {"SELECT * FROM users", "DROP TABLE users", "SELECT 1"};
  int total = 0;
  for (const char* q : queries) {
    int r = run_query(pool, q);
    if (r > 0) total += r;
  }
  std::printf("rows: %d\n", total);
  return 0;
}

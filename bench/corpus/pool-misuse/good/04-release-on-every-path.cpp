// Database query runner with a connection pool; the error branch releases and returns, the success path releases once at the end.
// run_query() has two exits after acquiring a connection: the failure branch copies the
// error text, releases the connection and returns; the normal path releases at the
// end. Each path releases exactly once and nothing touches the connection afterwards.
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

static int run_query(DbConnectionPool& pool, const char* sql, char* err, std::size_t errlen) {
  DbConnection* conn = pool.acquire();
  if (!conn) return -1;
  int rows = 0;
  if (!execute(conn, sql, &rows)) {
    std::snprintf(err, errlen, "%d: %s", conn->handle, conn->last_error);
    pool.release(conn);
    return -1;
  }
  pool.release(conn);
  return rows;
}

int main() {
  DbConnectionPool pool;
  const char* queries[] = {"SELECT * FROM users", "DROP TABLE users", "SELECT 1"};
  int total = 0;
  for (const char* q : queries) {
    char err[64] = "";
    int r = run_query(pool, q, err, sizeof err);
    if (r < 0) std::printf("query failed on %s\n", err);
    else total += r;
  }
  std::printf("rows: %d\n", total);
  return 0;
}

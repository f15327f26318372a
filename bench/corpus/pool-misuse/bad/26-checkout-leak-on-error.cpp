// Report generator with a database connection pool (checkout/checkin); a failed query returns early without checking the connection in.
// build_report() checks a connection out of DbPool, runs two queries and checks it back
// in -- except when the second query fails, where it returns false straight away. DbPool
// opens connections lazily and only tracks idle ones, so that connection leaks.
// asan: detected memory leaks
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

struct DbConn {
  int id;
  std::string dsn;
  int queries;
};

class DbPool {
 public:
  explicit DbPool(const char* dsn) : dsn_(dsn) {}
  ~DbPool() {
    for (DbConn* c : idle_) delete c;
  }
  DbConn* checkout() {
    if (idle_.empty()) return new DbConn{++opened_, dsn_, 0};
    DbConn* c = idle_.back();
    idle_.pop_back();
    return c;
  }
  void checkin(DbConn* c) { idle_.push_back(c); }

 private:
  std::string dsn_;
  std::vector<DbConn*> idle_;
  int opened_ = 0;
};

static bool query(DbConn* c, const char* sql, long* out) {
  c->queries++;
  if (std::strstr(sql, "missing_table")) return false;
  *out = static_cast<long>(std::strlen(sql)) * c->id;
  return true;
}

static bool build_report(DbPool& pool, const char* table, long* total) {
  DbConn* conn = pool.checkout();  // BUG: not checked in when the second query fails
  long count = 0, sum = 0;
  if (!query(conn, "SELECT count(*) FROM orders", &count)) {
    pool.checkin(conn);
    return false;
  }
  std::string sql = std::string("SELECT sum(amount) FROM ") + table;
  if (!query(conn, sql.c_str(), &sum)) {
    std::printf("report for %s failed\n", table);
    return false;
  }
  *total += count + sum;
  pool.checkin(conn);
  return true;
}

int main() {
  DbPool pool("postgres://reports@localhost/shop");
  long total = 0;
  int ok = 0;
  const char* tables[] = {"payments", "missing_table", "refunds"};
  for (const char* t : tables)
    if (build_report(pool, t, &total)) ++ok;
  std::printf("%d reports, total %ld\n", ok, total);
  return 0;
}

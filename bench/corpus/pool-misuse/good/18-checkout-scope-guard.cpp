// Report generator with a database pool (checkout/checkin); a scope guard checks the connection in on every return path.
// build_report() checks out a connection and immediately arms a small guard object whose
// destructor calls checkin(). Both early returns and the normal return therefore give
// the connection back, and the pool's idle list frees everything at shutdown.
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
  int opened() const { return opened_; }

 private:
  std::string dsn_;
  std::vector<DbConn*> idle_;
  int opened_ = 0;
};

struct CheckinGuard {
  DbPool& pool;
  DbConn* conn;
  ~CheckinGuard() { pool.checkin(conn); }
};

static bool query(DbConn* c, const char* sql, long* out) {
  c->queries++;
  if (std::strstr(sql, "missing_table")) return false;
  *out = static_cast<long>(std::strlen(sql)) * c->id;
  return true;
}

static bool build_report(DbPool& pool, const char* table, long* total) {
  DbConn* conn = pool.checkout();
  CheckinGuard guard{pool, conn};
  long count = 0, sum = 0;
  if (!query(conn, "SELECT count(*) FROM orders", &count)) return false;
  std::string sql = std::string("SELECT sum(amount) FROM ") + table;
  if (!query(conn, sql.c_str(), &sum)) {
    std::printf("report for %s failed\n", table);
    return false;
  }
  *total += count + sum;
  return true;
}

int main() {
  DbPool pool("postgres://reports@localhost/shop");
  long total = 0;
  int ok = 0;
  const char* tables[] = {"payments", "missing_table", "refunds"};
  for (const char* t : tables)
    if (build_report(pool, t, &total)) ++ok;
  std::printf("%d reports, total %ld, %d connection(s) opened\n", ok, total, pool.opened());
  return pool.opened() == 1 ? 0 : 1;
}

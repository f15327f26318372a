// Deferred DB work queue; the bug: a std::function captures by reference a connection whose unique_ptr owner is reset before the call.
// `Connection& conn = *owner` is captured by reference in a queued closure (a second closure
// copies the DSN by value and is fine); the owner is reset on shutdown before the deferred
// queue is flushed, so the first closure calls exec() on a freed Connection.
// asan: heap-use-after-free
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

struct Connection {
    std::string dsn;
    int queries = 0;
    long rowsWritten = 0;

    void exec(const std::string& sql, int rows) {
        ++queries;
        rowsWritten += rows;
        std::printf("exec on %s: %s\n", dsn.c_str(), sql.c_str());
    }
};

class Deferred {
public:
    void later(std::function<void()> f) { work_.push_back(std::move(f)); }
    int flush() {
        int n = 0;
        for (auto& f : work_) {
            f();
            ++n;
        }
        work_.clear();
        return n;
    }

private:
    std::vector<std::function<void()>> work_;
};

int main() {
    auto owner = std::make_unique<Connection>();
    owner->dsn = "postgresql://reporting-replica:5432/analytics";

    Deferred deferred;
    Connection& conn = *owner;
    deferred.later([&conn] { conn.exec("INSERT INTO audit VALUES (1)", 1); });  // BUG: the closure's use of conn
    deferred.later([dsn = owner->dsn] { std::printf("flush finished for %s\n", dsn.c_str()); });

    conn.exec("SELECT 1", 0);
    owner.reset();  // shutdown closes the connection first...

    int ran = deferred.flush();  // ...then the deferred closures run against it
    std::printf("ran %d deferred statements\n", ran);
    return 0;
}

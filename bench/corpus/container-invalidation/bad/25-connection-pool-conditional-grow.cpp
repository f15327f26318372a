// Connection pool hands out a Conn* and conditionally grows its slot vector; the handed-out pointer dangles.
// acquire() returns &slots_[i]. ensure() grows the pool with resize() only
// when the expected client count exceeds the slot count, which it does here;
// the long-running query then releases its connection through the stale pointer.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Conn {
    int fd;
    bool busy;
    int queries;
};

class Pool {
public:
    explicit Pool(std::size_t n) : slots_(n) {
        for (std::size_t i = 0; i < n; ++i) slots_[i] = Conn{100 + static_cast<int>(i), false, 0};
    }

    Conn* acquire() {
        if (busy_ == slots_.size()) grow(slots_.size() * 2);
        for (Conn& c : slots_)
            if (!c.busy) {
                c.busy = true;
                ++busy_;
                return &c;
            }
        return nullptr;
    }

    void release(Conn* c) {
        c->busy = false;
        --busy_;
    }

    void ensure(std::size_t clients) {
        if (clients > slots_.size()) grow(clients);
    }

    std::size_t capacity() const { return slots_.size(); }

private:
    void grow(std::size_t n) {
        std::size_t old = slots_.size();
        slots_.resize(n);
        for (std::size_t i = old; i < slots_.size(); ++i) slots_[i] = Conn{100 + static_cast<int>(i), false, 0};
    }

    std::vector<Conn> slots_;
    std::size_t busy_ = 0;
};

int main() {
    Pool pool(4);
    Conn* report = pool.acquire();  // long-running reporting query
    report->queries += 1;

    // Short requests come and go while the report runs.
    for (int req = 0; req < 5; ++req) {
        Conn* c = pool.acquire();
        c->queries += 1;
        pool.release(c);
    }

    // The load balancer announces a traffic spike; the pool pre-grows if needed.
    const std::size_t expected_clients = 12;
    pool.ensure(expected_clients);

    pool.release(report);  // BUG: report points into the slots buffer ensure() reallocated
    std::printf("pool capacity %zu\n", pool.capacity());
    return 0;
}

// Connection pool keeps its slots in a std::deque and grows with push_back, so handed-out Conn* stay valid.
// Near miss of bad/25: growing a deque at the end never moves existing
// elements, so pointers and references into it survive; only iterators would not.
#include <cstdio>
#include <deque>

struct Conn {
    int fd;
    bool busy;
    int queries;
};

class Pool {
public:
    explicit Pool(std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) slots_.push_back(Conn{100 + static_cast<int>(i), false, 0});
    }

    Conn* acquire() {
        if (busy_ * 4 >= slots_.size() * 3) grow();
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

    std::size_t capacity() const { return slots_.size(); }

private:
    void grow() {
        std::size_t old = slots_.size();
        for (std::size_t i = old; i < old * 2; ++i) slots_.push_back(Conn{100 + static_cast<int>(i), false, 0});
    }

    std::deque<Conn> slots_;
    std::size_t busy_ = 0;
};

int main() {
    Pool pool(4);
    Conn* held[40];
    for (int i = 0; i < 40; ++i) {
        held[i] = pool.acquire();
        if (!held[i]) return 1;
        held[i]->queries += i;
    }
    for (int i = 0; i < 40; ++i) pool.release(held[i]);
    std::printf("pool capacity %zu\n", pool.capacity());
    return 0;
}

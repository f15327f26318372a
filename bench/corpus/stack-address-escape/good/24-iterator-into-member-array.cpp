// Port allocator returns an iterator found by std::find_if in its member candidate array, not a local (twin of bad/20).
// firstFreePort() is a const member that searches candidates_; the iterator it
// returns points into the allocator object, which outlives every dereference.
#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

class PortAllocator {
public:
    using Candidates = std::array<int, 6>;

    explicit PortAllocator(int base) {
        for (size_t i = 0; i < candidates_.size(); ++i)
            candidates_[i] = base + static_cast<int>(i);
    }

    Candidates::const_iterator firstFreePort() const {
        return std::find_if(candidates_.begin(), candidates_.end(),
                            [&](int p) { return used_.count(p) == 0; });
    }

    int allocate() {
        auto it = firstFreePort();
        if (it == candidates_.end())
            return -1;
        int port = *it;
        used_.insert(port);
        return port;
    }
    size_t inUse() const { return used_.size(); }

private:
    Candidates candidates_{};
    std::set<int> used_{8080, 8081};
};

int main() {
    PortAllocator alloc(8080);
    int a = alloc.allocate();
    int b = alloc.allocate();
    std::printf("allocated %d and %d, %zu in use\n", a, b, alloc.inUse());
    return a == 8082 && b == 8083 ? 0 : 1;
}

// Port allocator returns an iterator found by std::find_if in a local std::array of candidate ports.
// firstFreePort() builds the candidate list on its own stack and returns the
// iterator into it; the caller dereferences the iterator after the return.
// asan: stack-use-after-return
#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

using Candidates = std::array<int, 6>;

Candidates::const_iterator firstFreePort(const std::set<int>& used, int base) {
    Candidates candidates{};
    for (size_t i = 0; i < candidates.size(); ++i)
        candidates[i] = base + static_cast<int>(i);
    auto it = std::find_if(candidates.begin(), candidates.end(),
                           [&](int p) { return used.count(p) == 0; });
    return it; // BUG: iterator into the local array 'candidates' is returned
}

class PortAllocator {
public:
    int allocate(int base) {
        auto it = firstFreePort(used_, base);
        int port = *it;
        used_.insert(port);
        return port;
    }
    size_t inUse() const { return used_.size(); }

private:
    std::set<int> used_{8080, 8081};
};

int main() {
    PortAllocator alloc;
    int a = alloc.allocate(8080);
    std::printf("allocated %d, %zu in use\n", a, alloc.inUse());
    return 0;
}

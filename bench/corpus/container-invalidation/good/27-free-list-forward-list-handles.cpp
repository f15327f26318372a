// Allocator free list in a std::forward_list: a pointer to one block header stays valid while neighbours are inserted and erased.
// forward_list insert_after/erase_after invalidate only the erased node; the
// `big` pointer refers to a node that is never erased.
#include <cstdio>
#include <forward_list>

struct Block {
    unsigned offset;
    unsigned size;
    bool pinned;
};

class FreeList {
public:
    void seed(unsigned total, unsigned chunk) {
        auto tail = blocks_.before_begin();
        for (unsigned off = 0; off < total; off += chunk) tail = blocks_.insert_after(tail, Block{off, chunk, false});
    }

    Block* largest() {
        Block* best = nullptr;
        for (Block& b : blocks_)
            if (!best || b.size > best->size) best = &b;
        return best;
    }

    // Removes every small unpinned block (they are handed out to callers).
    int carve(unsigned max_size) {
        int taken = 0;
        auto prev = blocks_.before_begin();
        for (auto it = blocks_.begin(); it != blocks_.end();) {
            if (it->size <= max_size && !it->pinned) {
                it = blocks_.erase_after(prev);
                ++taken;
            } else {
                prev = it++;
            }
        }
        return taken;
    }

    void give_back(unsigned off, unsigned size) { blocks_.push_front(Block{off, size, false}); }

private:
    std::forward_list<Block> blocks_;
};

int main() {
    FreeList fl;
    fl.seed(4096, 256);
    fl.give_back(8192, 1024);

    Block* big = fl.largest();
    if (!big) return 1;
    big->pinned = true;

    int taken = fl.carve(512);
    for (unsigned i = 0; i < 6; ++i) fl.give_back(16384 + i * 64, 64);

    big->size -= 128;  // the 1024-byte block's node was never erased
    std::printf("carved %d blocks, big block now %u bytes at %u\n", taken, big->size, big->offset);
    return big->size == 896 ? 0 : 1;
}

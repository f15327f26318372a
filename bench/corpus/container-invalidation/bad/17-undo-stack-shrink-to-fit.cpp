// Undo stack trims its history and calls shrink_to_fit(); a pointer to the oldest surviving entry dangles.
// trim() erases the newest half and then shrink_to_fit() moves the rest into
// a smaller buffer; the editor still holds a pointer taken before the trim.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Edit {
    int offset;
    int removed;
    int inserted;
    int revision;
};

class UndoStack {
public:
    void record(int off, int rem, int ins) { edits_.push_back(Edit{off, rem, ins, rev_++}); }

    const Edit* oldest() const { return edits_.empty() ? nullptr : &edits_.front(); }

    void trim(std::size_t keep) {
        if (edits_.size() > keep) edits_.erase(edits_.begin() + keep, edits_.end());
        edits_.shrink_to_fit();
    }

    std::size_t depth() const { return edits_.size(); }

private:
    std::vector<Edit> edits_;
    int rev_ = 0;
};

int main() {
    UndoStack undo;
    for (int i = 0; i < 40; ++i) undo.record(i * 3, i % 2, 1 + i % 5);

    const Edit* base = undo.oldest();
    if (!base) return 1;

    // Memory budget exceeded: keep only the 8 oldest edits.
    undo.trim(8);

    int rev = base->revision;  // BUG: base points into the buffer shrink_to_fit() released
    std::printf("oldest revision %d, depth %zu\n", rev, undo.depth());
    return 0;
}

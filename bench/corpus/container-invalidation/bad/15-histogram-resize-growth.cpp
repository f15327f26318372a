// Histogram keeps a pointer to its overflow bin, then resize() adds bins for a wider range; the pointer dangles.
// widen() calls bins_.resize(new_count), which exceeds the capacity and
// moves the counters to a new buffer; the cached overflow pointer still aims at the old one.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

class Histogram {
public:
    Histogram(double lo, double width, int count) : lo_(lo), width_(width), bins_(count, 0) {}

    long* bin_for(double v) {
        int idx = static_cast<int>((v - lo_) / width_);
        if (idx < 0) idx = 0;
        if (idx >= static_cast<int>(bins_.size())) idx = static_cast<int>(bins_.size()) - 1;
        return &bins_[idx];
    }

    void widen(int extra_bins) { bins_.resize(bins_.size() + extra_bins, 0); }

    long total() const {
        long t = 0;
        for (long b : bins_) t += b;
        return t;
    }

private:
    double lo_, width_;
    std::vector<long> bins_;
};

int main() {
    Histogram latency(0.0, 5.0, 20);  // 0..100 ms
    const double samples[] = {3.2, 7.7, 12.0, 44.1, 98.0, 130.0, 151.5, 17.3};

    long* overflow = latency.bin_for(1e9);
    for (double s : samples) {
        long* b = latency.bin_for(s);
        *b += 1;
    }

    // Too many samples in the last bin: extend the range to 0..300 ms.
    if (*overflow > 1) latency.widen(40);

    *overflow -= 1;  // BUG: overflow points into the bins vector resize() reallocated
    std::printf("total %ld\n", latency.total());
    return 0;
}

// Histogram tracks its overflow bin by index and re-reads the bin after widening the range with resize().
// Corrected twin of bad/15: bin_index() returns a position; the counter is
// accessed through bins_[i] after the vector may have reallocated.
#include <cstdio>
#include <vector>

class Histogram {
public:
    Histogram(double lo, double width, int count) : lo_(lo), width_(width), bins_(count, 0) {}

    std::size_t bin_index(double v) const {
        long idx = static_cast<long>((v - lo_) / width_);
        if (idx < 0) idx = 0;
        if (idx >= static_cast<long>(bins_.size())) idx = static_cast<long>(bins_.size()) - 1;
        return static_cast<std::size_t>(idx);
    }

    long& bin(std::size_t i) { return bins_[i]; }

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
    Histogram latency(0.0, 5.0, 20);
    const double samples[] = {3.2, 7.7, 12.0, 44.1, 98.0, 130.0, 151.5, 17.3};

    std::size_t overflow = latency.bin_index(1e9);
    for (double s : samples) latency.bin(latency.bin_index(s)) += 1;

    if (latency.bin(overflow) > 1) latency.widen(40);

    latency.bin(overflow) -= 1;  // indexes the resized vector
    std::printf("total %ld\n", latency.total());
    return latency.total() == 7 ? 0 : 1;
}

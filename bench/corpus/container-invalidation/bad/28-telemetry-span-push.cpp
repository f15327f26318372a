// Telemetry aggregator takes a std::span over its sample vector, then appends more samples; the span dangles.
// std: c++20
// The span is computed once for the reporting window; ingest() push_backs
// new samples past the vector's capacity before the report walks the span.
// asan: heap-use-after-free
#include <cstdio>
#include <span>
#include <vector>

class Series {
public:
    void ingest(double v) { samples_.push_back(v); }
    std::span<const double> window(std::size_t n) const {
        std::span<const double> all{samples_};
        return n >= all.size() ? all : all.last(n);
    }
    std::size_t size() const { return samples_.size(); }

private:
    std::vector<double> samples_;
};

static double peak(std::span<const double> s) {
    double m = s.empty() ? 0.0 : s[0];
    for (double v : s) m = v > m ? v : m;
    return m;
}

int main() {
    Series cpu;
    for (int i = 0; i < 16; ++i) cpu.ingest(10.0 + (i * 7) % 23);

    std::span<const double> last8 = cpu.window(8);
    std::printf("peak %.1f\n", peak(last8));

    // The next scrape interval delivers a batch before the report is sent.
    for (int i = 0; i < 40; ++i) cpu.ingest(30.0 + i % 5);

    double p = peak(last8);  // BUG: last8 views the samples buffer push_back reallocated
    std::printf("report peak %.1f over %zu samples\n", p, cpu.size());
    return 0;
}

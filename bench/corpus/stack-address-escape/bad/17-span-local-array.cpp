// Audio mixer returns a std::span over a local std::array of mixed samples; the output stage reads it later.
// std: c++20
// mixFrame() sums two channels into a local array and returns std::span of it,
// so the span outlives its storage as soon as mixFrame returns.
// asan: stack-use-after-return
#include <array>
#include <cstdio>
#include <span>

constexpr size_t kFrame = 8;

struct Channel {
    std::array<int, kFrame> samples;
    int gain;
};

std::span<const int> mixFrame(const Channel& a, const Channel& b) {
    std::array<int, kFrame> mixed{};
    for (size_t i = 0; i < kFrame; ++i)
        mixed[i] = a.samples[i] * a.gain + b.samples[i] * b.gain;
    return std::span<const int>(mixed); // BUG: span over the local array 'mixed' is returned
}

static long peak(std::span<const int> frame) {
    long best = 0;
    for (int s : frame) {
        long mag = s < 0 ? -s : s;
        if (mag > best)
            best = mag;
    }
    return best;
}

int main() {
    Channel left{{1, 2, 3, 4, -4, -3, -2, -1}, 2};
    Channel right{{0, 1, 0, -1, 0, 1, 0, -1}, 3};
    std::span<const int> frame = mixFrame(left, right);
    long p = peak(frame);
    std::printf("frame of %zu samples, peak %ld\n", frame.size(), p);
    return 0;
}

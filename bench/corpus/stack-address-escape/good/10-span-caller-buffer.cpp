// Audio mixer writes into a caller-provided buffer and returns a std::span over it (twin of bad/17).
// std: c++20
// mixFrame() receives the output storage from main(), so the returned span refers
// to an array that lives in main's frame for as long as the span is used.
#include <array>
#include <cstdio>
#include <span>

constexpr size_t kFrame = 8;

struct Channel {
    std::array<int, kFrame> samples;
    int gain;
};

std::span<const int> mixFrame(const Channel& a, const Channel& b, std::span<int> out) {
    for (size_t i = 0; i < kFrame && i < out.size(); ++i)
        out[i] = a.samples[i] * a.gain + b.samples[i] * b.gain;
    return out.first(kFrame);
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
    std::array<int, kFrame> mixed{};
    std::span<const int> frame = mixFrame(left, right, mixed);
    long p = peak(frame);
    std::printf("frame of %zu samples, peak %ld\n", frame.size(), p);
    return 0;
}

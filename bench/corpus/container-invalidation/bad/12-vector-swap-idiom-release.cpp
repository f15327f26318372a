// Audio mixer frees its sample buffer with the swap-with-empty idiom while a channel still points into it.
// `std::vector<float>().swap(samples_)` hands the old buffer to a temporary
// that is destroyed at the end of the statement; the channel's read pointer
// into the old samples is then used to render.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

class SampleBank {
public:
    void load(std::size_t n) {
        samples_.resize(n);
        for (std::size_t i = 0; i < n; ++i) samples_[i] = static_cast<float>(i % 64) / 64.f;
    }
    const float* at(std::size_t offset) const { return samples_.data() + offset; }
    void release() { std::vector<float>().swap(samples_); }
    std::size_t size() const { return samples_.size(); }

private:
    std::vector<float> samples_;
};

struct Channel {
    const float* cursor;
    std::size_t left;
    float gain;
};

static float render(Channel& ch, std::size_t frames) {
    float acc = 0.f;
    for (std::size_t i = 0; i < frames && ch.left > 0; ++i, --ch.left)
        acc += *ch.cursor++ * ch.gain;  // BUG: cursor points into the buffer release() freed
    return acc;
}

int main() {
    SampleBank bank;
    bank.load(4096);
    Channel kick{bank.at(128), 512, 0.8f};
    float first = render(kick, 64);

    // Memory pressure: the bank drops its samples between audio callbacks.
    bank.release();

    float second = render(kick, 64);
    std::printf("%.3f %.3f %zu\n", first, second, bank.size());
    return 0;
}

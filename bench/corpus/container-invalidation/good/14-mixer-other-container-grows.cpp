// Audio mixer holds a pointer into the sample bank while a different vector (the mix log) grows and is released.
// The handle points into `samples_`; only `log_` is appended to and swapped
// away, so the channel cursor into `samples_` stays valid. Near miss of bad/12.
#include <cstdio>
#include <vector>

class SampleBank {
public:
    void load(std::size_t n) {
        samples_.resize(n);
        for (std::size_t i = 0; i < n; ++i) samples_[i] = static_cast<float>(i % 64) / 64.f;
    }
    const float* at(std::size_t offset) const { return samples_.data() + offset; }

    void note(float level) { log_.push_back(level); }
    void drop_log() { std::vector<float>().swap(log_); }
    std::size_t logged() const { return log_.size(); }

private:
    std::vector<float> samples_;
    std::vector<float> log_;
};

struct Channel {
    const float* cursor;
    std::size_t left;
    float gain;
};

static float render(Channel& ch, std::size_t frames) {
    float acc = 0.f;
    for (std::size_t i = 0; i < frames && ch.left > 0; ++i, --ch.left) acc += *ch.cursor++ * ch.gain;
    return acc;
}

int main() {
    SampleBank bank;
    bank.load(4096);
    Channel kick{bank.at(128), 512, 0.8f};

    float total = 0.f;
    for (int block = 0; block < 6; ++block) {
        float level = render(kick, 64);
        total += level;
        for (int i = 0; i < 100; ++i) bank.note(level);  // grows log_, not samples_
        if (block == 3) bank.drop_log();
    }
    std::printf("total %.3f, %zu log entries\n", total, bank.logged());
    return 0;
}

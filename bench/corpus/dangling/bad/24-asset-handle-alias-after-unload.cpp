// Sound bank manager using type aliases; the bug: a `ClipRef` (alias for a raw pointer) outlives the bank's unload().
// `using ClipOwner = std::unique_ptr<AudioClip>; using ClipRef = AudioClip*;` hides that
// `ClipRef` is non-owning. unload() resets every owner; the mixer then reads the clip samples.
// asan: heap-use-after-free
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct AudioClip {
    std::string name;
    int sampleRate;
    std::vector<float> samples;
};

using ClipOwner = std::unique_ptr<AudioClip>;
using ClipRef = AudioClip*;
using ClipTable = std::map<std::string, ClipOwner>;

class SoundBank {
public:
    ClipRef load(const std::string& name, int n) {
        ClipOwner& slot = clips_[name];
        if (!slot) {
            slot = std::make_unique<AudioClip>();
            slot->name = name;
            slot->sampleRate = 48000;
            for (int i = 0; i < n; ++i) slot->samples.push_back(std::sin(i * 0.1f) * 0.5f);
        }
        return slot.get();
    }

    void unload() {
        for (auto& kv : clips_) kv.second.reset();
    }

private:
    ClipTable clips_;
};

static float mix(ClipRef a, ClipRef b, std::size_t i) {
    return a->samples[i] + b->samples[i];
}

int main() {
    SoundBank bank;
    ClipRef footstep = bank.load("footstep-gravel-01", 64);
    ClipRef wind = bank.load("ambient-wind-loop", 64);

    float peak = 0;
    for (std::size_t i = 0; i < 64; ++i) peak = std::fmax(peak, std::fabs(mix(footstep, wind, i)));
    std::printf("peak before level change %.3f\n", peak);

    bank.unload();  // level transition

    float tail = mix(footstep, wind, 0);  // BUG: mix() reads samples of clips freed by unload()
    std::printf("tail %.3f\n", tail);
    return 0;
}

// Rate limiter takes std::max over a local floor but returns the result by value (twin of bad/04).
// effectiveBurst() returns int, so the reference std::max gives back is copied
// before the local 'floor' goes away.
#include <algorithm>
#include <cstdio>

struct Bucket {
    int requestedBurst;
    int tokens;
    int refillPerTick;
};

int effectiveBurst(const Bucket& b) {
    int floor = 5;
    return std::max(b.requestedBurst, floor);
}

class RateLimiter {
public:
    explicit RateLimiter(Bucket b) : bucket_(b) {}

    void tick() {
        const int burst = effectiveBurst(bucket_);
        bucket_.tokens = std::min(bucket_.tokens + bucket_.refillPerTick, burst);
    }

    bool tryAcquire() {
        if (bucket_.tokens == 0)
            return false;
        --bucket_.tokens;
        return true;
    }

    int tokens() const { return bucket_.tokens; }

private:
    Bucket bucket_;
};

int main() {
    RateLimiter limiter(Bucket{2, 0, 3});
    int granted = 0;
    for (int t = 0; t < 4; ++t) {
        limiter.tick();
        for (int i = 0; i < 3; ++i)
            if (limiter.tryAcquire())
                ++granted;
    }
    std::printf("granted %d requests, %d tokens left\n", granted, limiter.tokens());
    return 0;
}

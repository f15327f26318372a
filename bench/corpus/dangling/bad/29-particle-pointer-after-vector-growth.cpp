// Particle system emitter; the bug: a pointer to a vector element is used after push_back reallocated the vector.
// `Particle* leader = &particles.back()` is taken, then the emitter spawns a burst that grows the
// vector past its capacity; the old element storage is freed and `leader` dangles.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Particle {
    float x, y;
    float vx, vy;
    int ttl;
};

class Emitter {
public:
    Emitter() { particles_.reserve(4); }

    Particle& spawn(float x, float y, float vx, float vy) {
        particles_.push_back(Particle{x, y, vx, vy, 60});
        return particles_.back();
    }

    void burst(int n) {
        for (int i = 0; i < n; ++i) spawn(0, 0, static_cast<float>(i % 5) - 2.0f, 1.0f);
    }

    void step() {
        for (Particle& p : particles_) {
            p.x += p.vx;
            p.y += p.vy;
            --p.ttl;
        }
    }

    std::size_t count() const { return particles_.size(); }

private:
    std::vector<Particle> particles_;
};

int main() {
    Emitter em;
    Particle* leader = &em.spawn(10, 10, 0.5f, 0.5f);
    em.step();
    std::printf("leader at (%.1f, %.1f)\n", leader->x, leader->y);

    em.burst(16);  // grows past the reserved capacity
    em.step();

    leader->ttl = 0;  // BUG: writes into the element storage freed by the reallocation
    std::printf("%zu particles\n", em.count());
    return 0;
}

// Particle system spawns children inside a range-for over the particle vector; the loop's element reference dangles.
// Emitters split when their energy is high. The spawned particle is
// emplace_back'ed into the same vector the range-for is walking; the first
// spawn exceeds the capacity, so `p` (and the loop iterators) refer to freed storage.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Particle {
    float x, y;
    float vx, vy;
    float energy;
};

struct System {
    std::vector<Particle> particles;

    void seed() {
        particles = {
            {0.f, 0.f, 1.f, 0.f, 9.f},
            {1.f, 2.f, 0.f, 1.f, 2.f},
            {3.f, 1.f, -1.f, 0.f, 7.f},
        };
    }

    void step(float dt) {
        for (Particle& p : particles) {
            p.x += p.vx * dt;
            p.y += p.vy * dt;
            if (p.energy > 5.f) {
                particles.emplace_back(Particle{p.x, p.y, -p.vy, p.vx, p.energy / 2});
                p.energy /= 2;  // BUG: p refers into the storage emplace_back reallocated
            }
        }
    }

    float total_energy() const {
        float e = 0;
        for (const Particle& p : particles) e += p.energy;
        return e;
    }
};

int main() {
    System sys;
    sys.seed();
    for (int frame = 0; frame < 3; ++frame) {
        sys.step(0.016f);
        std::printf("frame %d: %zu particles, energy %.2f\n", frame,
                    sys.particles.size(), sys.total_energy());
    }
    return 0;
}

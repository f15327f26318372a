// Particle system collects spawned children in a side vector and appends them after the range-for.
// Corrected twin of bad/02: the loop only mutates existing particles; the
// growth of `particles` happens after the loop, when no element reference is live.
#include <cstdio>
#include <vector>

struct Particle {
    float x, y;
    float vx, vy;
    float energy;
};

struct System {
    std::vector<Particle> particles;
    std::vector<Particle> spawned;

    void seed() {
        particles = {
            {0.f, 0.f, 1.f, 0.f, 9.f},
            {1.f, 2.f, 0.f, 1.f, 2.f},
            {3.f, 1.f, -1.f, 0.f, 7.f},
        };
    }

    void step(float dt) {
        spawned.clear();
        for (Particle& p : particles) {
            p.x += p.vx * dt;
            p.y += p.vy * dt;
            if (p.energy > 5.f) {
                spawned.push_back(Particle{p.x, p.y, -p.vy, p.vx, p.energy / 2});
                p.energy /= 2;
            }
        }
        particles.insert(particles.end(), spawned.begin(), spawned.end());
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

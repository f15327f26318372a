// Particle system emitter; the leader is tracked by index, which survives vector growth.
// Corrected twin of bad/29: instead of a Particle* into the vector, the code keeps the index
// and looks the element up again after the burst reallocated the storage.
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

    std::size_t spawn(float x, float y, float vx, float vy) {
        particles_.push_back(Particle{x, y, vx, vy, 60});
        return particles_.size() - 1;
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

    Particle& at(std::size_t i) { return particles_[i]; }
    std::size_t count() const { return particles_.size(); }

private:
    std::vector<Particle> particles_;
};

int main() {
    Emitter em;
    std::size_t leader = em.spawn(10, 10, 0.5f, 0.5f);
    em.step();
    std::printf("leader at (%.1f, %.1f)\n", em.at(leader).x, em.at(leader).y);

    em.burst(16);
    em.step();

    Particle& p = em.at(leader);  // looked up after the growth
    p.ttl = 0;
    std::printf("%zu particles, leader at (%.1f, %.1f)\n", em.count(), p.x, p.y);
    return p.x == 11.0f ? 0 : 1;
}

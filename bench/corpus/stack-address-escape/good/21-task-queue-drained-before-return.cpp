// Game loop's deferred-task queue gets a [&] task from spawnWave(), which drains the queue before returning (twin of bad/29).
// Tasks capture spawnWave's locals by reference, but World::endFrame() runs and
// removes them while those locals are still alive.
#include <cstdio>
#include <deque>
#include <functional>
#include <vector>

struct Vec2 {
    float x, y;
};

struct Enemy {
    Vec2 pos;
    int hp;
};

class World {
public:
    void defer(std::function<void()> task) { tasks_.push_back(std::move(task)); }
    void spawn(Vec2 p, int hp) { enemies_.push_back({p, hp}); }
    void endFrame() {
        while (!tasks_.empty()) {
            auto task = std::move(tasks_.front());
            tasks_.pop_front();
            task();
        }
    }
    size_t pending() const { return tasks_.size(); }
    size_t enemyCount() const { return enemies_.size(); }

private:
    std::deque<std::function<void()>> tasks_;
    std::vector<Enemy> enemies_;
};

void spawnWave(World& world, int wave) {
    Vec2 origin{10.0f * wave, 5.0f};
    int count = 2 + wave;
    world.defer([&]() {
        for (int i = 0; i < count; ++i)
            world.spawn(Vec2{origin.x + i * 2.0f, origin.y}, 100);
    });
    world.endFrame();
}

int main() {
    World world;
    for (int frame = 0; frame < 2; ++frame) {
        if (frame == 0)
            spawnWave(world, 1);
        world.endFrame();
    }
    std::printf("%zu enemies alive, %zu tasks pending\n", world.enemyCount(), world.pending());
    return world.enemyCount() == 3 ? 0 : 1;
}

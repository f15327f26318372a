// Game loop's deferred-task queue receives a [&] lambda that captures locals of the spawn function; it runs next frame.
// spawnWave() computes a local spawn point and queues a task capturing it by
// reference into the World's task queue; World::endFrame() runs it after return.
// asan: stack-use-after-return
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
    size_t enemyCount() const { return enemies_.size(); }

private:
    std::deque<std::function<void()>> tasks_;
    std::vector<Enemy> enemies_;
};

void spawnWave(World& world, int wave) {
    Vec2 origin{10.0f * wave, 5.0f};
    int count = 2 + wave;
    world.defer([&]() { // BUG: queued task captures locals 'origin' and 'count' by reference
        for (int i = 0; i < count; ++i)
            world.spawn(Vec2{origin.x + i * 2.0f, origin.y}, 100);
    });
}

int main() {
    World world;
    for (int frame = 0; frame < 2; ++frame) {
        if (frame == 0)
            spawnWave(world, 1);
        world.endFrame();
    }
    std::printf("%zu enemies alive\n", world.enemyCount());
    return 0;
}

// Render task scheduler; the bug: raw pointers queued from a vector<unique_ptr> that is cleared before the queue drains.
// The frame builder owns tasks in `owned` and enqueues raw get() pointers. endFrame() clears
// the owners, then the executor drains the queue and runs each task.
// asan: heap-use-after-free
#include <cstdio>
#include <memory>
#include <queue>
#include <string>
#include <vector>

struct Task {
    std::string label;
    int cost;
    int executed = 0;
    void execute() { ++executed; }
};

class FrameBuilder {
public:
    void add(const std::string& label, int cost, std::queue<Task*>& q) {
        owned_.push_back(std::make_unique<Task>(Task{label, cost}));
        q.push(owned_.back().get());
    }
    void endFrame() { owned_.clear(); }
    std::size_t live() const { return owned_.size(); }

private:
    std::vector<std::unique_ptr<Task>> owned_;
};

static int drain(std::queue<Task*>& q) {
    int cost = 0;
    while (!q.empty()) {
        Task* t = q.front();
        q.pop();
        t->execute();  // BUG: writes to a Task destroyed by endFrame()
        cost += t->cost;
    }
    return cost;
}

int main() {
    FrameBuilder frame;
    std::queue<Task*> pending;
    frame.add("shadow-map-cascade-0", 4, pending);
    frame.add("gbuffer-geometry-pass", 9, pending);
    frame.add("tonemap-and-present", 2, pending);

    frame.endFrame();
    std::printf("live tasks after endFrame: %zu\n", frame.live());

    int cost = drain(pending);
    std::printf("frame cost %d\n", cost);
    return 0;
}

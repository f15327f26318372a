// Render task scheduler; queued tasks are shared_ptrs, so clearing the frame's list does not free them.
// Corrected twin of bad/13: the queue holds std::shared_ptr<Task>, keeping each task alive
// until the executor pops it, even after endFrame() dropped the builder's references.
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
    void add(const std::string& label, int cost, std::queue<std::shared_ptr<Task>>& q) {
        owned_.push_back(std::make_shared<Task>(Task{label, cost}));
        q.push(owned_.back());
    }
    void endFrame() { owned_.clear(); }
    std::size_t live() const { return owned_.size(); }

private:
    std::vector<std::shared_ptr<Task>> owned_;
};

static int drain(std::queue<std::shared_ptr<Task>>& q) {
    int cost = 0;
    while (!q.empty()) {
        std::shared_ptr<Task> t = q.front();
        q.pop();
        t->execute();
        cost += t->cost;
    }
    return cost;
}

int main() {
    FrameBuilder frame;
    std::queue<std::shared_ptr<Task>> pending;
    frame.add("shadow-map-cascade-0", 4, pending);
    frame.add("gbuffer-geometry-pass", 9, pending);
    frame.add("tonemap-and-present", 2, pending);

    frame.endFrame();
    std::printf("builder refs after endFrame: %zu\n", frame.live());

    int cost = drain(pending);
    std::printf("frame cost %d\n", cost);
    return cost == 15 ? 0 : 1;
}

// Progress reporter keeps std::reference_wrapper listeners in a member vector; one listener is a local of the setup helper.
// attachConsole() creates a ConsoleListener on its stack and registers std::ref of
// it; Progress::advance() notifies every listener after attachConsole returned.
// asan: stack-use-after-return
#include <cstdio>
#include <functional>
#include <vector>

struct Listener {
    int lastPercent = -1;
    int updates = 0;
    void notify(int percent) {
        if (percent != lastPercent) {
            lastPercent = percent;
            ++updates;
        }
    }
};

class Progress {
public:
    explicit Progress(int total) : total_(total) {}
    void listen(Listener& l) { listeners_.push_back(std::ref(l)); }
    void advance(int n) {
        done_ += n;
        int pct = done_ * 100 / total_;
        for (Listener& l : listeners_)
            l.notify(pct);
    }

private:
    int total_;
    int done_ = 0;
    std::vector<std::reference_wrapper<Listener>> listeners_;
};

void attachConsole(Progress& p) {
    Listener console;
    p.listen(console); // BUG: reference_wrapper to the local 'console' is stored in the Progress member
    p.advance(0);
    std::printf("console attached at %d%%\n", console.lastPercent);
}

int main() {
    Listener metrics;
    Progress progress(200);
    progress.listen(metrics);
    attachConsole(progress);
    for (int i = 0; i < 4; ++i)
        progress.advance(50);
    std::printf("metrics saw %d updates\n", metrics.updates);
    return 0;
}

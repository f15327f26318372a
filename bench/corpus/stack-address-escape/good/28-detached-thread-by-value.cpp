// Background flusher hands a lambda that captures its settings by value to a detached std::thread (near miss of bad/24).
// startFlusher() returns right after detach(), but the worker owns copies of
// 'settings' and 'backlog', so it touches no memory of the dead frame.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

std::atomic<bool> g_started{false};
std::atomic<bool> g_done{false};
std::atomic<int> g_flushed{0};

struct BatchSettings {
    int maxItems;
    int intervalMs;
};

void startFlusher(int pending) {
    BatchSettings settings{16, 5};
    int backlog = pending;
    std::thread worker([settings, backlog]() mutable {
        while (!g_started.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        int batches = 0;
        while (backlog > 0) {
            backlog -= settings.maxItems;
            ++batches;
        }
        g_flushed.store(batches);
        g_done.store(true);
    });
    worker.detach();
    std::printf("flusher started for %d items\n", pending);
}

int main() {
    startFlusher(40);
    g_started.store(true);
    while (!g_done.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::printf("flushed in %d batches\n", g_flushed.load());
    return g_flushed.load() == 3 ? 0 : 1;
}

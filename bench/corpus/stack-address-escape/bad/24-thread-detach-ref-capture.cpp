// Background flusher: startFlusher() hands a [&] lambda to a std::thread and detaches it; the thread reads the caller's locals after it returned.
// The worker waits until startFlusher has returned (signalled through an atomic),
// then reads the local batch settings through its by-reference captures.
// asan: stack-use-after-return
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
    std::thread worker([&]() { // BUG: detached thread captures locals 'settings' and 'backlog' by reference
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
    return 0;
}

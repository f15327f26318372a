// Retry policy factory returns a std::function whose lambda captures the factory's local attempt counter by reference.
// makeBackoff() keeps 'attempt' and 'baseMs' on its stack and returns
// [&]{ ... ++attempt ... }; every call of the returned policy writes the dead frame.
// asan: stack-use-after-return
#include <cstdio>
#include <functional>

struct RetryConfig {
    int baseMs;
    int maxMs;
};

std::function<int()> makeBackoff(const RetryConfig& cfg) {
    int attempt = 0;
    int baseMs = cfg.baseMs;
    int maxMs = cfg.maxMs;
    return [&]() { // BUG: lambda capturing locals 'attempt', 'baseMs', 'maxMs' by reference is returned
        int delay = baseMs << attempt;
        ++attempt;
        return delay > maxMs ? maxMs : delay;
    };
}

struct Endpoint {
    const char* host;
    int port;
    int failuresBeforeUp;
};

static bool tryConnect(const Endpoint& ep, int attemptNo) {
    std::printf("connect %s:%d attempt %d\n", ep.host, ep.port, attemptNo);
    return attemptNo >= ep.failuresBeforeUp;
}

int main() {
    std::function<int()> nextDelay = makeBackoff(RetryConfig{50, 1000});
    Endpoint ep{"db.internal", 5432, 3};
    int waited = 0;
    for (int i = 0; i < 5; ++i) {
        if (tryConnect(ep, i)) {
            std::printf("connected after %d ms\n", waited);
            break;
        }
        waited += nextDelay();
    }
    return 0;
}

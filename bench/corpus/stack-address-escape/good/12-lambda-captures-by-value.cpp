// Retry policy factory returns a std::function whose lambda captures its state by value (twin of bad/21).
// makeBackoff() moves 'attempt' and the limits into a mutable lambda, so the
// returned policy carries its own copies and never touches the dead frame.
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
    return [=]() mutable {
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
    return waited == 350 ? 0 : 1;
}

// Request handler publishes &session in a global for diagnostics and resets it before returning (twin of bad/07).
// g_activeSession points at the handler's local only while the handler runs; an
// RAII guard clears it on every exit path, so dumpStats() never sees a dead frame.
#include <cstdio>
#include <cstring>

struct Session {
    int id;
    char user[16];
    int bytesIn;
    int bytesOut;
};

Session* g_activeSession = nullptr;
int g_handled = 0;
int g_lastBytesOut = 0;

struct ActiveSessionGuard {
    explicit ActiveSessionGuard(Session& s) { g_activeSession = &s; }
    ~ActiveSessionGuard() { g_activeSession = nullptr; }
};

static int computeResponseSize() {
    const Session& s = *g_activeSession;
    return s.bytesIn * 2 + static_cast<int>(std::strlen(s.user));
}

void handleRequest(int id, const char* user, int bytesIn) {
    Session session{};
    session.id = id;
    std::snprintf(session.user, sizeof session.user, "%s", user);
    session.bytesIn = bytesIn;
    ActiveSessionGuard guard(session);
    session.bytesOut = computeResponseSize();
    g_lastBytesOut = session.bytesOut;
    ++g_handled;
}

void dumpStats() {
    std::printf("handled=%d last_out=%d\n", g_handled, g_lastBytesOut);
    if (g_activeSession)
        std::printf("in flight: id=%d\n", g_activeSession->id);
    else
        std::printf("no request in flight\n");
}

int main() {
    handleRequest(1, "alice", 120);
    handleRequest(2, "bob", 64);
    dumpStats();
    return g_activeSession == nullptr ? 0 : 1;
}

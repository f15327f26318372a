// Request handler publishes the address of its stack-allocated Session in a global for the stats dumper, and never clears it.
// handleRequest() sets g_activeSession = &session so that a diagnostics hook can
// inspect the request in flight. After the handler returns, dumpStats() reads the
// global, which still points into the dead handler frame.
// asan: stack-use-after-return
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

static int computeResponseSize(const Session& s) {
    return s.bytesIn * 2 + static_cast<int>(std::strlen(s.user));
}

void handleRequest(int id, const char* user, int bytesIn) {
    Session session{};
    session.id = id;
    std::snprintf(session.user, sizeof session.user, "%s", user);
    session.bytesIn = bytesIn;
    g_activeSession = &session; // BUG: global keeps the address of the local 'session'
    session.bytesOut = computeResponseSize(session);
    ++g_handled;
}

void dumpStats() {
    std::printf("handled=%d\n", g_handled);
    if (g_activeSession)
        std::printf("last session: id=%d user=%s out=%d\n", g_activeSession->id,
                    g_activeSession->user, g_activeSession->bytesOut);
}

int main() {
    handleRequest(1, "alice", 120);
    handleRequest(2, "bob", 64);
    dumpStats();
    return 0;
}

// Session manager; the raw Session pointer is cleared together with the owner's reset() and checked before use.
// Corrected twin of bad/09: logout() hands back nothing, and the caller nulls its raw pointer
// at the same point; the final audit is guarded by the null check and copies the id first.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

struct Session {
    int id;
    std::string user;
    std::vector<std::string> actions;

    void record(const std::string& a) { actions.push_back(a); }
};

class SessionManager {
public:
    Session* login(const std::string& user) {
        active_ = std::make_unique<Session>();
        active_->id = ++nextId_;
        active_->user = user;
        return active_.get();
    }

    void logout() { active_.reset(); }

    bool loggedIn() const { return active_ != nullptr; }

private:
    std::unique_ptr<Session> active_;
    int nextId_ = 100;
};

static void audit(const Session* s, const char* event) {
    if (!s) {
        std::printf("[audit] no session: %s\n", event);
        return;
    }
    std::printf("[audit] session %d (%zu actions): %s\n", s->id, s->actions.size(), event);
}

int main() {
    SessionManager mgr;
    Session* s = mgr.login("operator-on-call");
    s->record("open dashboard");
    s->record("acknowledge alert 17");
    audit(s, "actions recorded");

    const int closedId = s->id;  // copy what is needed while the session lives
    mgr.logout();
    s = nullptr;
    std::printf("logged in: %s, closed session %d\n", mgr.loggedIn() ? "yes" : "no", closedId);
    audit(s, "logout");
    return 0;
}

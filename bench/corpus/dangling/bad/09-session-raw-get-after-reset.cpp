// Session manager; the bug: a raw pointer from unique_ptr::get() is used after the owner is reset().
// The connection handler keeps `Session* s = active.get()` for bookkeeping, then logs out
// (active.reset()) and finally writes the audit line using the stale raw pointer.
// asan: heap-use-after-free
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
    std::printf("[audit] session %d (%zu actions): %s\n", s->id, s->actions.size(), event);
}

int main() {
    SessionManager mgr;
    Session* s = mgr.login("operator-on-call");
    s->record("open dashboard");
    s->record("acknowledge alert 17");
    audit(s, "actions recorded");

    mgr.logout();
    std::printf("logged in: %s\n", mgr.loggedIn() ? "yes" : "no");
    audit(s, "logout");  // BUG: reads the Session destroyed by reset()
    return 0;
}

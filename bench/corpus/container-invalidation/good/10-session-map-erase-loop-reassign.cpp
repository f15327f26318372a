// Session cache expires std::unordered_map entries with it = erase(it), so the loop never advances a freed node.
// Corrected twin of bad/11. A second pass collects the doomed keys first and
// erases them afterwards, which is also correct.
#include <cstdio>
#include <unordered_map>
#include <vector>

struct Session {
    int user_id;
    long last_seen;
    int requests;
};

class SessionCache {
public:
    void touch(int token, int user, long now) {
        Session& s = sessions_[token];
        s.user_id = user;
        s.last_seen = now;
        s.requests += 1;
    }

    int expire(long now, long ttl) {
        int dropped = 0;
        for (auto it = sessions_.begin(); it != sessions_.end();) {
            if (now - it->second.last_seen > ttl) {
                it = sessions_.erase(it);
                ++dropped;
            } else {
                ++it;
            }
        }
        return dropped;
    }

    int expire_user(int user) {
        std::vector<int> doomed;
        for (const auto& kv : sessions_)
            if (kv.second.user_id == user) doomed.push_back(kv.first);
        for (int token : doomed) sessions_.erase(token);
        return static_cast<int>(doomed.size());
    }

    std::size_t size() const { return sessions_.size(); }

private:
    std::unordered_map<int, Session> sessions_;
};

int main() {
    SessionCache cache;
    for (int token = 1; token <= 12; ++token)
        cache.touch(token * 7919, token, token * 10);
    int dropped = cache.expire(130, 60);
    dropped += cache.expire_user(12);
    std::printf("dropped %d, %zu live\n", dropped, cache.size());
    return 0;
}

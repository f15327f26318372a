// Session cache expires entries of a std::unordered_map with erase(it) inside an iterator loop without reassigning it.
// After sessions_.erase(it) the iterator's node is freed; the loop's ++it
// then reads the freed node's next pointer.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <unordered_map>

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
        for (auto it = sessions_.begin(); it != sessions_.end(); ++it) {  // BUG: ++it on an erased node
            if (now - it->second.last_seen > ttl) {
                sessions_.erase(it);
                ++dropped;
            }
        }
        return dropped;
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
    std::printf("dropped %d, %zu live\n", dropped, cache.size());
    return 0;
}

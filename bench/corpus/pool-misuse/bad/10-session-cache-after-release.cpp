// Login service with a session pool and a lookup cache; logout releases the session but leaves it in the cache.
// Sessions come from SessionPool::acquire() and are indexed by token in an
// unordered_map. logout() returns the session to the pool but never erases the map
// entry, so a later request with the stale token reads the released session
// through the cache.
// asan: use-after-poison
#include <sanitizer/asan_interface.h>
#include <cstdio>
#include <cstring>
#include <unordered_map>

struct Session {
  int user_id;
  int requests;
  char user[24];
  Session* next;
};

class SessionPool {
 public:
  SessionPool() {
    for (Session& s : slots_) release(&s);
  }
  ~SessionPool() { ASAN_UNPOISON_MEMORY_REGION(slots_, sizeof(slots_)); }
  Session* acquire() {
    Session* s = head_;
    if (!s) return nullptr;
    ASAN_UNPOISON_MEMORY_REGION(s, sizeof(Session));
    head_ = s->next;
    s->requests = 0;
    return s;
  }
  void release(Session* s) {
    s->next = head_;
    head_ = s;
    ASAN_POISON_MEMORY_REGION(s, sizeof(Session));
  }

 private:
  Session slots_[8];
  Session* head_ = nullptr;
};

class AuthService {
 public:
  explicit AuthService(SessionPool& pool) : pool_(pool) {}
  int login(int token, int user_id, const char* name) {
    Session* s = pool_.acquire();
    if (!s) return -1;
    s->user_id = user_id;
    std::snprintf(s->user, sizeof s->user, "%s", name);
    by_token_[token] = s;
    return 0;
  }
  void logout(int token) {
    auto it = by_token_.find(token);
    if (it == by_token_.end()) return;
    pool_.release(it->second);  // entry stays in by_token_
  }
  int handle(int token) {
    auto it = by_token_.find(token);
    if (it == by_token_.end()) return -1;
    Session* s = it->second;
    s->requests++;  // BUG: cached session was already released by logout()
    return s->user_id;
  }

 private:
  SessionPool& pool_;
  std::unordered_map<int, Session*> by_token_;
};

int main() {
  SessionPool pool;
  AuthService auth(pool);
  auth.login(0xA1, 1, "alice");
  auth.login(0xB2, 2, "bob");
  int served = 0;
  if (auth.handle(0xA1) > 0) ++served;
  if (auth.handle(0xB2) > 0) ++served;
  auth.logout(0xA1);
  if (auth.handle(0xA1) > 0) ++served;
  std::printf("served %d requests\n", served);
  return 0;
}

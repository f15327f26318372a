// Request router that builds the full route key; the bug: c_str() of a temporary std::string is kept.
// The router joins a mount prefix and a request path to look up a handler.
// `route` is taken from std::string(...).c_str(): the temporary string dies at the end of the
// full-expression, its heap buffer (the key is longer than 15 chars) is freed, and the router then
// reads the characters through the dangling pointer.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <string>

struct Request {
    std::string method;
    std::string path;
};

using Handler = std::function<int(const Request&)>;

class Router {
public:
    explicit Router(std::string mount) : mount_(std::move(mount)) {}

    void add(const std::string& key, Handler h) { routes_[key] = std::move(h); }

    int dispatch(const Request& req) const {
        const char* route = std::string(mount_ + req.method + " " + req.path).c_str();
        std::size_t n = std::strlen(route);  // BUG: reads the freed buffer of the temporary string
        std::printf("dispatching %zu-char key\n", n);
        auto it = routes_.find(route);
        if (it == routes_.end()) {
            std::printf("404 %s\n", route);
            return 404;
        }
        return it->second(req);
    }

private:
    std::string mount_;
    std::map<std::string, Handler> routes_;
};

int main() {
    Router router("/api/v2/internal/");
    int hits = 0;
    router.add("/api/v2/internal/GET /users/list", [&hits](const Request& r) {
        ++hits;
        std::printf("listing users for %s\n", r.path.c_str());
        return 200;
    });
    router.add("/api/v2/internal/POST /users/new", [&hits](const Request&) {
        ++hits;
        return 201;
    });

    Request req{"GET", "/users/list"};
    int status = router.dispatch(req);
    std::printf("status=%d hits=%d\n", status, hits);
    return status == 200 ? 0 : 1;
}

// Request router that builds the full route key into a named std::string before taking c_str().
// Corrected twin of bad/01: the key string is a local that lives until the end of dispatch(),
// so the const char* obtained from it stays valid for every use.
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
        const std::string key = mount_ + req.method + " " + req.path;
        const char* route = key.c_str();
        std::size_t n = std::strlen(route);
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
    Request missing{"DELETE", "/users/all"};
    int status2 = router.dispatch(missing);
    std::printf("status=%d,%d hits=%d\n", status, status2, hits);
    return (status == 200 && status2 == 404) ? 0 : 1;
}

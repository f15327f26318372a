// Route table lookup that reports the default route through a T** out-parameter aimed at a static table entry (twin of bad/05).
// Every pointer written to *out refers to static storage, so the dispatcher may
// read the route after lookupRoute returns.
#include <cstdio>
#include <cstring>

struct Route {
    const char* prefix;
    int backend;
    int weight;
};

static const Route kRoutes[] = {
    {"/api/", 1, 10},
    {"/static/", 2, 5},
};
static const Route kDefaultRoute{"/", 0, 1};

bool lookupRoute(const char* path, const Route** out) {
    for (const Route& r : kRoutes) {
        if (std::strncmp(path, r.prefix, std::strlen(r.prefix)) == 0) {
            *out = &r;
            return true;
        }
    }
    *out = &kDefaultRoute;
    return false;
}

struct Dispatcher {
    int perBackend[3] = {0, 0, 0};

    void dispatch(const char* path) {
        const Route* route = nullptr;
        bool matched = lookupRoute(path, &route);
        int backend = route->backend;
        perBackend[backend] += route->weight;
        std::printf("%-20s -> backend %d%s\n", path, backend, matched ? "" : " (default)");
    }
};

int main() {
    Dispatcher d;
    const char* paths[] = {"/api/users", "/static/app.js", "/healthz"};
    for (const char* p : paths)
        d.dispatch(p);
    std::printf("load: %d %d %d\n", d.perBackend[0], d.perBackend[1], d.perBackend[2]);
    return 0;
}

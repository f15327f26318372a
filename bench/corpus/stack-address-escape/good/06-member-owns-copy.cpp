// HTTP server remembers the last request by storing a copy in a member, not a pointer to the stack Request (twin of bad/09).
// Server::serve() routes through a member pointer only while the call runs, then
// keeps a value copy of the request in last_ and clears the pointer.
#include <cstdio>
#include <cstring>

struct Request {
    char method[8];
    char path[32];
    int status;
};

class Server {
public:
    void serve(const char* method, const char* path) {
        Request req{};
        std::snprintf(req.method, sizeof req.method, "%s", method);
        std::snprintf(req.path, sizeof req.path, "%s", path);
        current_ = &req;
        route();
        last_ = req;
        current_ = nullptr;
        ++served_;
    }

    const char* lastPath() const { return last_.path; }
    int lastStatus() const { return last_.status; }
    int served() const { return served_; }

private:
    void route() {
        if (std::strcmp(current_->method, "GET") != 0)
            current_->status = 405;
        else if (std::strncmp(current_->path, "/api/", 5) == 0)
            current_->status = 200;
        else
            current_->status = 404;
    }

    Request* current_ = nullptr;
    Request last_{};
    int served_ = 0;
};

int main() {
    Server server;
    server.serve("GET", "/api/items");
    server.serve("POST", "/api/items");
    int status = server.lastStatus();
    std::printf("served %d, last %s status %d\n", server.served(), server.lastPath(), status);
    return 0;
}

// HTTP server object remembers the request being handled in a member pointer aimed at a stack-allocated Request.
// Server::serve() builds a Request on its own stack and stores this->current_ =
// &req; the Server outlives the call, and Server::lastPath() later reads through
// the member after serve() returned.
// asan: stack-use-after-return
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
        current_ = &req; // BUG: member of the long-lived Server points at the local 'req'
        route();
        ++served_;
    }

    const char* lastPath() const { return current_ ? current_->path : "-"; }
    int lastStatus() const { return current_ ? current_->status : 0; }
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
    int served_ = 0;
};

int main() {
    Server server;
    server.serve("GET", "/api/items");
    server.serve("POST", "/api/items");
    int status = server.lastStatus();
    std::printf("served %d, last status %d\n", server.served(), status);
    return 0;
}

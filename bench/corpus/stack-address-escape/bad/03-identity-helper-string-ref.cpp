// Service discovery picks a host name through an identity-like helper that returns one of its reference parameters; one is a local.
// pickNonEmpty(a, b) returns a or b by reference. resolveHost() passes its local
// 'fallback' string and returns the result by const reference, so the caller
// holds a reference to a std::string that lived in resolveHost's frame.
// asan: stack-use-after-return
#include <cstdio>
#include <string>

const std::string& pickNonEmpty(const std::string& preferred, const std::string& fallback) {
    return preferred.empty() ? fallback : preferred;
}

struct ServiceConfig {
    std::string name;
    std::string host;
    int port;
};

const std::string& resolveHost(const ServiceConfig& cfg) {
    std::string fallback = "127.0.0.1";
    return pickNonEmpty(cfg.host, fallback); // BUG: reference to local 'fallback' escapes via the helper
}

static std::string endpoint(const ServiceConfig& cfg) {
    const std::string& host = resolveHost(cfg);
    std::string result;
    result += cfg.name;
    result += " -> ";
    result += host;
    result += ":";
    result += std::to_string(cfg.port);
    return result;
}

int main() {
    ServiceConfig services[] = {
        {"auth", "auth.internal", 9000},
        {"billing", "", 9100},
    };
    int printed = 0;
    for (const ServiceConfig& s : services) {
        std::string e = endpoint(s);
        std::printf("%s\n", e.c_str());
        ++printed;
    }
    return printed == 2 ? 0 : 1;
}

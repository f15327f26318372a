// Service discovery picks a host through an identity-like helper whose arguments both outlive the caller (twin of bad/03).
// pickNonEmpty(a, b) returns one of its reference parameters; resolveHost()
// passes the config's own host and a global default, so the returned reference
// is always to an object that outlives resolveHost.
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

const std::string g_defaultHost = "127.0.0.1";

const std::string& resolveHost(const ServiceConfig& cfg) {
    return pickNonEmpty(cfg.host, g_defaultHost);
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

// Hostname normaliser exercising lifetime extension: const& bound directly to a returned string, and copies of c_str().
// `const std::string& host = normalise(...)` binds the reference to the prvalue itself, so the
// temporary lives as long as `host`. `std::string copy = normalise(...).c_str();` copies the
// characters before the temporary dies. Neither dangles.
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

static std::string normalise(const std::string& raw) {
    std::string out;
    std::size_t b = raw.find("://");
    std::size_t start = b == std::string::npos ? 0 : b + 3;
    for (std::size_t i = start; i < raw.size() && raw[i] != '/' && raw[i] != ':'; ++i)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i])));
    return out;
}

struct Endpoint {
    std::string host;
    int port;
};

static Endpoint parse(const std::string& url) {
    Endpoint e{normalise(url), 443};
    std::size_t colon = url.find(':', url.find("://") + 3);
    if (colon != std::string::npos) e.port = std::stoi(url.substr(colon + 1));
    return e;
}

int main() {
    const std::string& host = normalise("HTTPS://Billing.Payments.Example.COM/v1/charges");
    std::string copy = normalise("http://Internal-Metrics.Cluster.Local:9090/").c_str();
    const Endpoint& ep = parse("https://Auth.Identity-Provider.Example.ORG:8443/token");

    std::vector<const std::string*> hosts = {&host, &copy, &ep.host};
    std::size_t total = 0;
    for (const std::string* h : hosts) {
        std::printf("%s\n", h->c_str());
        total += h->size();
    }
    std::printf("port %d, %zu host chars\n", ep.port, total);
    return ep.port == 8443 ? 0 : 1;
}

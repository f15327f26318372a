// Config parser whose lookup returns a const reference to the stored value; a string_view of it stays valid.
// Corrected twin of bad/02: find() returns `const std::string*` into the parser's own map,
// which outlives every view taken from it; the by-value get() result is kept in a named string.
#include <cstdio>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

class ConfigFile {
public:
    explicit ConfigFile(const std::string& text) {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#') continue;
            auto eq = line.find('=');
            if (eq == std::string::npos) continue;
            values_[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
        }
    }

    const std::string* find(const std::string& key) const {
        auto it = values_.find(key);
        return it == values_.end() ? nullptr : &it->second;
    }

    std::string get(const std::string& key, const std::string& fallback = "") const {
        const std::string* v = find(key);
        return v ? *v : fallback;
    }

private:
    static std::string trim(const std::string& s) {
        auto b = s.find_first_not_of(" \t");
        auto e = s.find_last_not_of(" \t");
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    }
    std::map<std::string, std::string> values_;
};

static int countSegments(std::string_view path) {
    int n = 0;
    for (char c : path)
        if (c == '/') ++n;
    return n;
}

int main() {
    ConfigFile cfg(
        "# service config\n"
        "name = inventory-service\n"
        "data_dir = /var/lib/inventory/shards/primary\n"
        "port = 8080\n");

    const std::string* dir = cfg.find("data_dir");
    if (!dir) return 1;
    std::string_view dataDir = *dir;  // view into the map owned by cfg
    int depth = countSegments(dataDir);

    std::string logDir = cfg.get("log_dir", "/var/log/inventory/service-default");
    std::string_view logView = logDir;  // view into a named string that outlives it
    std::printf("data dir depth: %d, log dir depth: %d\n", depth, countSegments(logView));
    return depth == 5 ? 0 : 1;
}

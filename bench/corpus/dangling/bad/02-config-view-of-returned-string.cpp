// Config parser that returns values by value; the bug: a string_view is bound to the returned temporary.
// ConfigFile::get() returns std::string by value. Storing its result in a std::string_view
// leaves the view pointing into the temporary's heap buffer, which is freed at the end of the
// statement. The value is longer than 15 characters, so the buffer is on the heap.
// asan: heap-use-after-free
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

    std::string get(const std::string& key, const std::string& fallback = "") const {
        auto it = values_.find(key);
        return it == values_.end() ? fallback : it->second;
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
    for (char c : path)  // BUG: iterates the characters of the destroyed temporary
        if (c == '/') ++n;
    return n;
}

int main() {
    ConfigFile cfg(
        "# service config\n"
        "name = inventory-service\n"
        "data_dir = /var/lib/inventory/shards/primary\n"
        "port = 8080\n");

    std::string_view dataDir = cfg.get("data_dir");
    int depth = countSegments(dataDir);
    std::printf("data dir depth: %d\n", depth);
    std::printf("port: %s\n", cfg.get("port", "80").c_str());
    return depth == 5 ? 0 : 1;
}

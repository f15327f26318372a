// Config store returns const references to members of *this and to its parameter, never to locals.
// Config::get() returns a reference into the map member or to the caller-supplied
// fallback; both outlive the call. The local used for the key lookup is only read.
#include <cstdio>
#include <map>
#include <string>

class Config {
public:
    void load(const char* text) {
        std::string line;
        for (const char* p = text;; ++p) {
            if (*p == '\n' || *p == '\0') {
                size_t eq = line.find('=');
                if (eq != std::string::npos)
                    values_[line.substr(0, eq)] = line.substr(eq + 1);
                line.clear();
                if (*p == '\0')
                    break;
            } else {
                line += *p;
            }
        }
    }

    const std::string& get(const std::string& section, const std::string& key,
                           const std::string& fallback) const {
        std::string fullKey = section + "." + key;
        auto it = values_.find(fullKey);
        return it == values_.end() ? fallback : it->second;
    }

    const std::string& name() const { return name_; }

private:
    std::string name_ = "app.conf";
    std::map<std::string, std::string> values_;
};

int main() {
    Config cfg;
    cfg.load("db.host=10.0.0.5\ndb.port=5432\nlog.level=debug");
    const std::string defaultPort = "5432";
    const std::string defaultUser = "guest";
    const std::string& host = cfg.get("db", "host", defaultPort);
    const std::string& user = cfg.get("db", "user", defaultUser);
    const std::string& file = cfg.name();
    std::printf("%s: host=%s user=%s\n", file.c_str(), host.c_str(), user.c_str());
    return user == "guest" ? 0 : 1;
}

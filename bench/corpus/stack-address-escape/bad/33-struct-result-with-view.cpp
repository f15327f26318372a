// INI parser returns a ParsedLine aggregate whose string_view members point into a local copy of the line it unescaped.
// std: c++20
// parseLine() copies the raw line into a local char buffer, replaces escapes there,
// and returns {.section, .key, .value} views into that buffer to the caller.
// asan: stack-use-after-return
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

struct ParsedLine {
    std::string_view key;
    std::string_view value;
    bool ok;
};

ParsedLine parseLine(const char* raw) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s", raw);
    for (char* p = buf; *p; ++p)
        if (*p == '\\' && p[1] == 't')
            p[0] = ' ', p[1] = ' ';
    char* eq = std::strchr(buf, '=');
    if (!eq)
        return ParsedLine{.key = {}, .value = {}, .ok = false};
    std::string_view all(buf);
    size_t pos = static_cast<size_t>(eq - buf);
    return ParsedLine{.key = all.substr(0, pos), .value = all.substr(pos + 1), .ok = true}; // BUG: views into the local 'buf' are returned
}

class Settings {
public:
    void set(std::string_view key, std::string_view value) {
        dump_.append(key);
        dump_ += " := ";
        dump_.append(value);
        dump_ += '\n';
        ++count_;
    }
    const std::string& dump() const { return dump_; }
    int count() const { return count_; }

private:
    std::string dump_;
    int count_ = 0;
};

int main() {
    const char* lines[] = {"name=demo", "# comment", "greeting=hi\\tthere"};
    Settings settings;
    for (const char* l : lines) {
        ParsedLine p = parseLine(l);
        if (p.ok)
            settings.set(p.key, p.value);
    }
    std::fputs(settings.dump().c_str(), stdout);
    return settings.count() == 2 ? 0 : 1;
}

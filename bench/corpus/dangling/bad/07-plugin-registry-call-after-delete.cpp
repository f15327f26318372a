// Plugin registry with raw owning pointers; the bug: a plugin is deleted on unload but a cached pointer calls it.
// The host caches `formatter` from find(), then unloads all plugins of the "format" category
// (which deletes them) and calls through the stale pointer afterwards.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <vector>

class Plugin {
public:
    Plugin(std::string name, std::string category) : name_(std::move(name)), category_(std::move(category)) {}
    virtual ~Plugin() = default;
    virtual std::string run(const std::string& in) = 0;
    const std::string& name() const { return name_; }
    const std::string& category() const { return category_; }

private:
    std::string name_;
    std::string category_;
};

class UpperCase : public Plugin {
public:
    UpperCase() : Plugin("upper-case-formatter", "format") {}
    std::string run(const std::string& in) override {
        std::string out = in;
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        ++calls;
        return out;
    }
    int calls = 0;
};

class Registry {
public:
    ~Registry() {
        for (Plugin* p : plugins_) delete p;
    }
    void load(Plugin* p) { plugins_.push_back(p); }
    Plugin* find(const std::string& name) const {
        for (Plugin* p : plugins_)
            if (p->name() == name) return p;
        return nullptr;
    }
    int unloadCategory(const std::string& cat) {
        int n = 0;
        for (auto it = plugins_.begin(); it != plugins_.end();) {
            if ((*it)->category() == cat) {
                delete *it;
                it = plugins_.erase(it);
                ++n;
            } else {
                ++it;
            }
        }
        return n;
    }

private:
    std::vector<Plugin*> plugins_;
};

int main() {
    Registry reg;
    reg.load(new UpperCase());
    Plugin* formatter = reg.find("upper-case-formatter");
    if (!formatter) return 1;
    std::printf("%s\n", formatter->run("hello plugins").c_str());

    int removed = reg.unloadCategory("format");
    std::printf("unloaded %d plugin(s)\n", removed);

    std::string again = formatter->run("once more");  // BUG: virtual call through the deleted plugin
    std::printf("%s\n", again.c_str());
    return 0;
}

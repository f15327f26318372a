// Plugin registry with raw owning pointers; the cached plugin pointer is re-fetched after unload/reload.
// Near miss of bad/07: after unloadCategory() deletes the formatter, the host does not reuse
// the old pointer; it reloads the plugin and asks the registry for a fresh one.
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
        return out;
    }
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
    formatter = nullptr;  // the registry deleted it
    std::printf("unloaded %d plugin(s)\n", removed);

    reg.load(new UpperCase());
    formatter = reg.find("upper-case-formatter");  // re-fetched after the reload
    if (!formatter) return 1;
    std::printf("%s\n", formatter->run("once more").c_str());
    return 0;
}

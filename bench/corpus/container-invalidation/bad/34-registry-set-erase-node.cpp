// Plugin registry: an iterator into a std::set of plugins is dereferenced after unregister() erased that plugin.
// Erasing by key from the std::set destroys the node holding the element; the loader's
// iterator from find() still points at it when the plugin's priority is read.
// asan: heap-use-after-free
#include <cstdio>
#include <set>
#include <string>

struct Plugin {
    int id;
    int priority;
    int api_version;
    bool operator<(const Plugin& o) const { return id < o.id; }
};

class Registry {
public:
    using Iter = std::set<Plugin>::const_iterator;

    void add(int id, int prio, int api) { plugins_.insert(Plugin{id, prio, api}); }
    Iter find(int id) const { return plugins_.find(Plugin{id, 0, 0}); }
    bool found(Iter it) const { return it != plugins_.end(); }

    int unregister_incompatible(int min_api) {
        int removed = 0;
        for (int id = 0; id < 10; ++id) {
            Iter it = find(id);
            if (found(it) && it->api_version < min_api) {
                plugins_.erase(Plugin{id, 0, 0});
                ++removed;
            }
        }
        return removed;
    }

    std::size_t size() const { return plugins_.size(); }

private:
    std::set<Plugin> plugins_;
};

int main() {
    Registry reg;
    reg.add(1, 10, 3);
    reg.add(4, 50, 2);
    reg.add(7, 20, 3);

    Registry::Iter codec = reg.find(4);
    if (!reg.found(codec)) return 1;

    int removed = reg.unregister_incompatible(3);

    int prio = codec->priority;  // BUG: codec's node was erased by unregister_incompatible()
    std::printf("removed %d, codec priority %d, %zu left\n", removed, prio, reg.size());
    return 0;
}

// Plugin registry: an iterator into a std::set stays valid while other plugins are registered and unregistered.
// Near miss of bad/34: the codec plugin meets the API requirement, so only
// other nodes are erased; set insertion never invalidates iterators.
#include <cstdio>
#include <set>

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
        for (int id = 0; id < 40; ++id) {
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

    Registry::Iter core = reg.find(7);
    if (!reg.found(core)) return 1;

    for (int id = 10; id < 30; ++id) reg.add(id, id, id % 2 ? 3 : 1);
    int removed = reg.unregister_incompatible(3);

    int prio = core->priority;  // node 7 was never erased
    std::printf("removed %d, core priority %d, %zu left\n", removed, prio, reg.size());
    return prio == 20 ? 0 : 1;
}

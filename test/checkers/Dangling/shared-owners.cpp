// Objects owned by std::shared_ptrs and containers of them, used through a
// raw pointer after the last owner let go: a scope that ends, a reset, a
// reassignment, an erase by key from a map that owned the last copy, a
// vector cleared. The near misses keep another owner alive (a copy, a
// container, a capture), hand an owner to a call the analyzer does not see
// into, erase another key, or lock a weak_ptr, whose branch the analyzer
// would otherwise take with the object gone.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

// The path through shared_ptr's own code is the analyzer's to show; these
// notes are not checked.
// expected-note-re@bits/shared_ptr.h:* 0+ {{{{.*}}}}
// expected-note-re@bits/shared_ptr_base.h:* 0+ {{{{.*}}}}

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Texture {
  int width = 0;
  std::vector<unsigned char> pixels;
};

void draw(const Texture &t);
void retain(std::shared_ptr<Texture> t);

int scopeEnds() {
  Texture *raw = nullptr;
  {
    auto handle = std::make_shared<Texture>();
    raw = handle.get(); // expected-note{{'raw' now points to the object}}
  } // expected-note{{Object destroyed here: its last owner let go of it}}
  return raw->width; // expected-warning{{use of the object 'raw' points to after its owner destroyed it}} expected-note{{use of the object 'raw' points to after its owner destroyed it}}
}

int resetFromNew() {
  std::shared_ptr<Texture> owner(new Texture);
  Texture *raw = owner.get(); // expected-note{{'raw' now points to a heap object}}
  owner.reset(); // expected-note{{Object destroyed here: its last owner let go of it}}
  return raw->width; // expected-warning{{use of a heap object after its owner destroyed it}} expected-note{{use of a heap object after its owner destroyed it}}
}

int reassigned() {
  auto owner = std::make_shared<Texture>();
  Texture &ref = *owner;
  owner = std::make_shared<Texture>(); // expected-note{{Object destroyed here: its last owner let go of it}}
  return ref.width; // expected-warning{{use of the object after its owner destroyed it}} expected-note{{use of the object after its owner destroyed it}}
}

// A cache whose map holds the last owner once the caller's copy is gone.
class TextureCache {
public:
  std::shared_ptr<Texture> load(const std::string &path) {
    auto &slot = entries_[path];
    if (!slot)
      slot = std::make_shared<Texture>();
    return slot;
  }
  void evict(const std::string &path) { entries_.erase(path); } // expected-note 2 {{Object destroyed here: its last owner let go of it}}

private:
  std::map<std::string, std::shared_ptr<Texture>> entries_;
};

int evictedWhileBound() {
  TextureCache cache;
  Texture *bound = cache.load("grass.png").get(); // expected-note{{'bound' now points to the object}}
  draw(*bound);
  cache.evict("grass.png"); // expected-note{{Calling 'TextureCache::evict'}} expected-note{{Returning from 'TextureCache::evict'}}
  return bound->width; // expected-warning{{use of the object 'bound' points to after its owner destroyed it}} expected-note{{use of the object 'bound' points to after its owner destroyed it}}
}

int evictedByName() {
  TextureCache cache;
  Texture *bound = cache.load("moss.png").get(); // expected-note{{'bound' now points to the object}}
  const char *stale[] = {"rock.png", "moss.png"};
  for (const char *name : stale)
    cache.evict(name); // expected-note{{Calling 'TextureCache::evict'}} expected-note{{Returning from 'TextureCache::evict'}}
  return bound->width; // expected-warning{{use of the object 'bound' points to after its owner destroyed it}} expected-note{{use of the object 'bound' points to after its owner destroyed it}}
}

int otherNameEvicted() {
  TextureCache cache;
  Texture *bound = cache.load("moss.png").get();
  const char *stale = "rock.png";
  cache.evict(stale);
  return bound->width;
}

int otherKeyEvicted() {
  TextureCache cache;
  Texture *bound = cache.load("grass.png").get();
  cache.load("rock.png");
  cache.evict("rock.png");
  return bound->width;
}

// Lookups by an equal key give the object the map holds under it.
class PluginHost {
public:
  void load(int id) { plugins_[id] = std::make_shared<Texture>(); }
  Texture *find(int id) {
    auto it = plugins_.find(id);
    return it == plugins_.end() ? nullptr : it->second.get();
  }
  std::shared_ptr<Texture> share(int id) const { return plugins_.at(id); }
  void unload(int id) { plugins_.erase(id); } // expected-note 2 {{Object destroyed here: its last owner let go of it}}

private:
  std::map<int, std::shared_ptr<Texture>> plugins_;
};

int foundThenUnloaded() {
  PluginHost host;
  host.load(1);
  host.load(2);
  Texture *found = host.find(1); // expected-note{{'found' now points to the object}}
  if (!found) // expected-note{{'found' is non-null}} expected-note{{Taking false branch}}
    return 0;
  host.unload(1); // expected-note{{Calling 'PluginHost::unload'}} expected-note{{Returning from 'PluginHost::unload'}}
  return found->width; // expected-warning{{use of the object 'found' points to after its owner destroyed it}} expected-note{{use of the object 'found' points to after its owner destroyed it}}
}

int sharedCopyGone() {
  PluginHost host;
  host.load(7);
  const Texture &t = *host.share(7);
  host.unload(7); // expected-note{{Calling 'PluginHost::unload'}} expected-note{{Returning from 'PluginHost::unload'}}
  return t.width; // expected-warning{{use of the object after its owner destroyed it}} expected-note{{use of the object after its owner destroyed it}}
}

int sharedCopyKept() {
  PluginHost host;
  host.load(7);
  std::shared_ptr<Texture> kept = host.share(7);
  host.unload(7);
  return kept->width;
}

int otherPluginUnloaded() {
  PluginHost host;
  host.load(1);
  host.load(2);
  Texture *found = host.find(1);
  host.unload(2);
  return found ? found->width : 0;
}

#define PEEK(owner) (owner).get()

template <class T> T *drained(std::vector<std::shared_ptr<T>> &jobs) {
  T *first = nullptr;
  {
    auto job = std::make_shared<T>();
    first = PEEK(job);
    jobs.push_back(job);
  }
  jobs.clear(); // expected-note{{Object destroyed here: its last owner let go of it}}
  return first;
}

int drainedQueue() {
  std::vector<std::shared_ptr<Texture>> jobs;
  Texture *first = drained(jobs); // expected-note{{Calling 'drained<Texture>'}} expected-note{{Returning from 'drained<Texture>'}} expected-note{{'first' now points to the object}}
  return first->width; // expected-warning{{use of the object 'first' points to after its owner destroyed it}} expected-note{{use of the object 'first' points to after its owner destroyed it}}
}

// Near misses.

int copyKeepsItAlive() {
  auto owner = std::make_shared<Texture>();
  Texture *raw = owner.get();
  auto copy = owner;
  owner.reset();
  return raw->width;
}

int vectorKeepsItAlive(std::vector<std::shared_ptr<Texture>> &keep) {
  Texture *raw;
  {
    auto owner = std::make_shared<Texture>();
    raw = owner.get();
    keep.push_back(owner);
  }
  return raw->width;
}

int copiedVectorKeepsItAlive() {
  std::vector<std::shared_ptr<Texture>> jobs{std::make_shared<Texture>()};
  Texture *raw = jobs.front().get();
  auto snapshot = jobs;
  jobs.clear();
  return raw->width;
}

int handedToAnUnknownCall() {
  auto owner = std::make_shared<Texture>();
  Texture *raw = owner.get();
  retain(owner);
  owner.reset();
  return raw->width;
}

int captureKeepsItAlive(std::function<int()> &later) {
  auto owner = std::make_shared<Texture>();
  Texture *raw = owner.get();
  later = [owner] { return owner->width; };
  owner.reset();
  return raw->width;
}

int refetched() {
  auto owner = std::make_shared<Texture>();
  Texture *raw = owner.get();
  owner = std::make_shared<Texture>();
  raw = owner.get();
  return raw->width;
}

int lockedWeak() {
  std::weak_ptr<Texture> weak;
  {
    auto owner = std::make_shared<Texture>();
    weak = owner;
  }
  if (auto alive = weak.lock())
    return alive->width;
  return 0;
}

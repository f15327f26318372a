// Texture cache built on shared_ptr; the bug: a raw pointer from shared_ptr::get() outlives the last owner.
// The renderer takes `Texture* tex = handle.get()` and drops its own shared_ptr. When the cache
// evicts the entry, the last owner is gone and the Texture is freed while `tex` is still used.
// asan: heap-use-after-free
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct Texture {
    std::string path;
    int width;
    int height;
    std::vector<unsigned char> pixels;
};

class TextureCache {
public:
    std::shared_ptr<Texture> load(const std::string& path, int w, int h) {
        auto it = cache_.find(path);
        if (it != cache_.end()) return it->second;
        auto t = std::make_shared<Texture>();
        t->path = path;
        t->width = w;
        t->height = h;
        t->pixels.assign(static_cast<std::size_t>(w * h), 0x7f);
        cache_[path] = t;
        return t;
    }

    void evict(const std::string& path) { cache_.erase(path); }
    std::size_t size() const { return cache_.size(); }

private:
    std::map<std::string, std::shared_ptr<Texture>> cache_;
};

int main() {
    TextureCache cache;
    Texture* tex = nullptr;
    {
        std::shared_ptr<Texture> handle = cache.load("assets/terrain/grass_albedo.png", 8, 8);
        tex = handle.get();
    }  // the renderer's handle is dropped; the cache is the only owner now
    std::printf("bound %s (%dx%d)\n", tex->path.c_str(), tex->width, tex->height);

    cache.evict("assets/terrain/grass_albedo.png");
    std::printf("cache entries: %zu\n", cache.size());

    int area = tex->width * tex->height;  // BUG: reads the Texture freed when the last shared_ptr went away
    std::printf("area %d\n", area);
    return 0;
}

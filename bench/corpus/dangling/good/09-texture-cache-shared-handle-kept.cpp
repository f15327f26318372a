// Texture cache built on shared_ptr; the renderer keeps its own shared_ptr so eviction does not free the texture.
// Corrected twin of bad/12: `bound` is a shared_ptr copy that lives until the end of main(),
// so the raw pointer taken from it remains valid after the cache evicts its entry.
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
    std::shared_ptr<Texture> bound = cache.load("assets/terrain/grass_albedo.png", 8, 8);
    Texture* tex = bound.get();
    std::printf("bound %s (%dx%d), use_count %ld\n", tex->path.c_str(), tex->width, tex->height,
                bound.use_count());

    cache.evict("assets/terrain/grass_albedo.png");
    std::printf("cache entries: %zu, use_count %ld\n", cache.size(), bound.use_count());

    int area = tex->width * tex->height;  // `bound` still owns the texture
    std::printf("area %d, first pixel %d\n", area, tex->pixels[0]);
    return area == 64 ? 0 : 1;
}

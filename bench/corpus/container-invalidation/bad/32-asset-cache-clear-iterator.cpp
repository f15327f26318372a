// Asset cache keeps an unordered_map iterator to a texture across a level unload that clear()s the map.
// clear() destroys every node; the renderer's saved iterator is then
// dereferenced to bind the texture.
// asan: heap-use-after-free
#include <cstdio>
#include <string>
#include <unordered_map>

struct Texture {
    int gl_id;
    int width, height;
    int refcount;
};

class AssetCache {
public:
    using Handle = std::unordered_map<std::string, Texture>::iterator;

    Handle load(const std::string& path, int w, int h) {
        auto [it, inserted] = textures_.try_emplace(path, Texture{next_id_, w, h, 0});
        if (inserted) ++next_id_;
        it->second.refcount += 1;
        return it;
    }

    void unload_level() { textures_.clear(); }
    std::size_t size() const { return textures_.size(); }

private:
    std::unordered_map<std::string, Texture> textures_;
    int next_id_ = 1;
};

static int bind(AssetCache::Handle h) { return h->second.gl_id; }  // reads the texture node

int main() {
    AssetCache cache;
    AssetCache::Handle sky = cache.load("levels/01/skybox_cubemap_4k.ktx2", 4096, 4096);
    cache.load("levels/01/terrain_albedo.ktx2", 2048, 2048);
    std::printf("bound %d\n", bind(sky));

    cache.unload_level();  // the player reached the end of level 1

    int id = sky->second.gl_id;  // BUG: sky's node was destroyed by clear()
    std::printf("rebinding %d, %zu cached\n", id, cache.size());
    return 0;
}

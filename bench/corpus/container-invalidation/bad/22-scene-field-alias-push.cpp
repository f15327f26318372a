// Scene graph: a Mesh& taken through a pointer alias to scene.meshes outlives scene.meshes.push_back().
// The loader holds `std::vector<Mesh>* list = &scene.meshes` and a reference to
// the last mesh; importing more meshes through the struct field reallocates
// the vector, and the material is then patched through the stale reference.
// asan: heap-use-after-free
#include <cstdio>
#include <vector>

struct Mesh {
    int vertex_count;
    int material;
    float bounds[6];
};

struct Scene {
    std::vector<Mesh> meshes;
    std::vector<int> lights;
};

static void import_lod_chain(Scene& scene, int base_vertices, int levels) {
    for (int lod = 1; lod <= levels; ++lod)
        scene.meshes.push_back(Mesh{base_vertices >> lod, -1, {0, 0, 0, 1, 1, 1}});
}

int main() {
    Scene scene;
    scene.meshes.reserve(2);
    scene.meshes.push_back(Mesh{1200, 0, {0, 0, 0, 2, 2, 2}});
    scene.meshes.push_back(Mesh{8000, -1, {-1, -1, -1, 1, 1, 1}});

    std::vector<Mesh>* list = &scene.meshes;
    Mesh& hero = list->back();

    import_lod_chain(scene, hero.vertex_count, 4);

    hero.material = 3;  // BUG: hero refers into scene.meshes' old buffer
    int total = 0;
    for (const Mesh& m : scene.meshes) total += m.vertex_count;
    std::printf("%zu meshes, %d vertices\n", scene.meshes.size(), total);
    return 0;
}

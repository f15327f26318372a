// Scene stores meshes as std::vector<std::unique_ptr<Mesh>>; a raw Mesh* stays valid when the vector of owners reallocates.
// Growth moves the unique_ptr objects, not the Mesh objects they own, so a
// pointer to the pointee (not to the vector element) survives push_back. Near miss of bad/22.
#include <cstdio>
#include <memory>
#include <vector>

struct Mesh {
    int vertex_count;
    int material;
    float bounds[6];
};

struct Scene {
    std::vector<std::unique_ptr<Mesh>> meshes;

    Mesh* add(int vertices) {
        meshes.push_back(std::make_unique<Mesh>(Mesh{vertices, -1, {0, 0, 0, 1, 1, 1}}));
        return meshes.back().get();
    }
};

static void import_lod_chain(Scene& scene, int base_vertices, int levels) {
    for (int lod = 1; lod <= levels; ++lod) scene.add(base_vertices >> lod);
}

int main() {
    Scene scene;
    scene.add(1200);
    Mesh* hero = scene.add(8000);

    import_lod_chain(scene, hero->vertex_count, 12);

    hero->material = 3;  // the Mesh object itself never moved
    int total = 0;
    int assigned = 0;
    for (const auto& m : scene.meshes) {
        total += m->vertex_count;
        assigned += m->material >= 0;
    }
    std::printf("%zu meshes, %d vertices, %d with material\n", scene.meshes.size(), total, assigned);
    return assigned == 1 ? 0 : 1;
}

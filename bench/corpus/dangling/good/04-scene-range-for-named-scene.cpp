// Scene graph loader; the scene is stored in a named variable before iterating its children.
// Corrected twin of bad/04: `const Scene scene = loadScene();` keeps the scene alive for the
// whole loop. A second loop iterates a by-value accessor's temporary directly, which is fine:
// a temporary that IS the range expression is lifetime-extended by the range-for.
#include <cstdio>
#include <string>
#include <vector>

struct Transform {
    float x = 0, y = 0, z = 0;
};

struct Node {
    std::string name;
    Transform local;
    int meshId = -1;
};

class Scene {
public:
    explicit Scene(std::string title) : title_(std::move(title)) {}

    Node& addNode(const std::string& name, float x, float y, float z, int mesh) {
        nodes_.push_back(Node{name, Transform{x, y, z}, mesh});
        return nodes_.back();
    }

    const std::vector<Node>& children() const { return nodes_; }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const Node& n : nodes_) out.push_back(n.name);
        return out;
    }

private:
    std::string title_;
    std::vector<Node> nodes_;
};

static Scene loadScene() {
    Scene s("courtyard-level-with-fountain");
    s.addNode("ground-plane-tile-array", 0, 0, 0, 1);
    s.addNode("fountain-basin-stone", 4, 0, 4, 2);
    s.addNode("lamp-post-north-east", 8, 0, 8, 3);
    return s;
}

int main() {
    const Scene scene = loadScene();
    int meshes = 0;
    float extent = 0;
    for (const Node& n : scene.children()) {
        meshes += n.meshId;
        if (n.local.x > extent) extent = n.local.x;
    }

    std::size_t chars = 0;
    for (const std::string& name : loadScene().names()) chars += name.size();

    std::printf("mesh id sum %d, extent %.1f, %zu name chars\n", meshes, extent, chars);
    return meshes == 6 ? 0 : 1;
}

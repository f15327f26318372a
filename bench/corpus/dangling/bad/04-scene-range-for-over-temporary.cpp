// Scene graph loader; the bug: C++17 range-for over loadScene().children() iterates a destroyed Scene.
// children() returns a reference to a member vector. In `for (auto& n : loadScene().children())`
// only the reference returned by children() is bound to the hidden range variable; the temporary
// Scene dies before begin() is called (the C++23 fix P2718 does not apply in C++17), so the loop
// reads the vector member of a dead stack temporary, then its freed elements.
// asan: stack-use-after-scope
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
    const std::string& title() const { return title_; }

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
    int meshes = 0;
    float extent = 0;
    for (const Node& n : loadScene().children()) {  // BUG: begin()/end() read the destroyed temporary Scene
        meshes += n.meshId;
        if (n.local.x > extent) extent = n.local.x;
    }
    std::printf("mesh id sum %d, extent %.1f\n", meshes, extent);
    return meshes == 6 ? 0 : 1;
}

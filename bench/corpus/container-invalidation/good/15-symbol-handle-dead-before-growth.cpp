// Compiler pass copies what it needs out of a Symbol* before declaring temporaries, and never touches the pointer again.
// The pointer into the symbol vector goes dead before declare() grows the
// vector; the later use works on copied values only.
#include <cstdio>
#include <cstring>
#include <vector>

struct Symbol {
    char name[24];
    int scope;
    int slot;
};

class SymbolTable {
public:
    const Symbol* lookup(const char* name) const {
        for (const Symbol& s : symbols_)
            if (std::strcmp(s.name, name) == 0) return &s;
        return nullptr;
    }

    int declare(const char* name, int scope) {
        Symbol s{};
        std::snprintf(s.name, sizeof s.name, "%s", name);
        s.scope = scope;
        s.slot = static_cast<int>(symbols_.size());
        symbols_.push_back(s);
        return s.slot;
    }

    std::size_t size() const { return symbols_.size(); }

private:
    std::vector<Symbol> symbols_;
};

int main() {
    SymbolTable table;
    table.declare("self", 0);
    table.declare("frame", 1);

    int frame_scope = 0;
    int frame_slot = 0;
    if (const Symbol* frame = table.lookup("frame")) {
        frame_scope = frame->scope;  // values copied out while the pointer is valid
        frame_slot = frame->slot;
    }

    char tmp[16];
    int last = 0;
    for (int i = 0; i < 30; ++i) {
        std::snprintf(tmp, sizeof tmp, "$spill%d", i);
        last = table.declare(tmp, frame_scope + 1);
    }

    std::printf("frame slot %d, last temp slot %d, %zu symbols\n", frame_slot, last, table.size());
    return 0;
}

// Symbol table: a Symbol* from lookup() survives a declare() that grows the symbol vector.
// SymbolTable::lookup returns a pointer into its std::vector<Symbol>;
// declare() push_backs into the same vector. The compiler pass resolves a name,
// declares a batch of temporaries, then patches the resolved symbol through the stale pointer.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <vector>

struct Symbol {
    char name[24];
    int scope;
    int slot;
    bool used;
};

class SymbolTable {
public:
    Symbol* lookup(const char* name) {
        for (Symbol& s : symbols_)
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
    table.declare("argc", 0);
    table.declare("argv", 0);
    table.declare("result", 1);

    Symbol* result = table.lookup("result");
    if (!result) return 1;

    // Lowering an expression introduces temporaries in the same table.
    char tmp[16];
    for (int i = 0; i < 20; ++i) {
        std::snprintf(tmp, sizeof tmp, "$t%d", i);
        table.declare(tmp, 2);
    }

    result->used = true;  // BUG: result points into the symbol vector declare() reallocated
    std::printf("%zu symbols\n", table.size());
    return 0;
}

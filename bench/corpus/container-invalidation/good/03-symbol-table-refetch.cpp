// Symbol table: the compiler pass looks the symbol up again after declare() has grown the table.
// Corrected twin of bad/03: the Symbol* from the first lookup is only used
// before the temporaries are declared; after the growth it is re-obtained.
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
    int scope = result->scope;

    char tmp[16];
    for (int i = 0; i < 20; ++i) {
        std::snprintf(tmp, sizeof tmp, "$t%d", i);
        table.declare(tmp, scope + 1);
    }

    result = table.lookup("result");  // re-fetched after the table grew
    if (!result) return 1;
    result->used = true;
    std::printf("%zu symbols, result in slot %d\n", table.size(), result->slot);
    return 0;
}

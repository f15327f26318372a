// Template renderer keeps a char* cursor into its output string, then insert()s a long header at the front; the cursor dangles.
// Inserting into the std::string grows the string beyond its capacity and moves the text
// into a new buffer; the renderer later writes the customer name through the old cursor.
// asan: heap-use-after-free
#include <cstdio>
#include <cstring>
#include <string>

struct Renderer {
    std::string out;

    char* placeholder(const char* name) {
        std::size_t pos = out.find(name);
        return pos == std::string::npos ? nullptr : &out[pos];
    }

    void add_header(const std::string& title) {
        out.insert(0, "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + title +
                          "</title></head><body>\n");
    }
};

static void fill(char* slot, const char* value, std::size_t width) {
    std::size_t n = std::strlen(value);
    for (std::size_t i = 0; i < width; ++i) slot[i] = i < n ? value[i] : ' ';
}

int main() {
    Renderer r;
    r.out = "<p>Dear @@@@@@@@@@, your order has shipped.</p>\n";

    char* name_slot = r.placeholder("@@@@@@@@@@");
    if (!name_slot) return 1;

    r.add_header("Shipping confirmation for order 2024-11-0042");

    fill(name_slot, "Ada", 10);  // BUG: name_slot points into the buffer insert() replaced
    std::printf("%zu bytes\n", r.out.size());
    return 0;
}

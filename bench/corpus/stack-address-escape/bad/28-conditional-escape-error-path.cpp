// Validator stores a pointer to its local error record in a global, but only on the failure branch.
// validate() keeps the error detail on its own stack; when a field is invalid it
// sets g_lastError = &err. The success path leaves the global alone, so the bug
// only shows when a bad record arrives - which the third record is.
// asan: stack-use-after-return
#include <cstdio>
#include <cstring>

struct ValidationError {
    char field[16];
    int code;
};

struct Record {
    const char* email;
    int age;
};

const ValidationError* g_lastError = nullptr;

bool validate(const Record& rec) {
    ValidationError err{};
    bool ok = true;
    if (std::strchr(rec.email, '@') == nullptr) {
        std::snprintf(err.field, sizeof err.field, "email");
        err.code = 1;
        ok = false;
    } else if (rec.age < 0 || rec.age > 150) {
        std::snprintf(err.field, sizeof err.field, "age");
        err.code = 2;
        ok = false;
    }
    if (!ok)
        g_lastError = &err; // BUG: on the failure branch the global gets the address of the local 'err'
    return ok;
}

int main() {
    Record batch[] = {
        {"ann@example.org", 31},
        {"bo@example.org", 45},
        {"carl.example.org", 27},
    };
    int accepted = 0;
    for (const Record& r : batch)
        accepted += validate(r) ? 1 : 0;
    std::printf("accepted %d of 3\n", accepted);
    if (g_lastError)
        std::printf("last error: field=%s code=%d\n", g_lastError->field, g_lastError->code);
    return 0;
}

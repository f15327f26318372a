// HTTP header parser that hands back the header value through a const char*& out-parameter aimed at a local buffer.
// parseHeader() copies the trimmed value into a local char array and sets 'value'
// (a T*& parameter) to it; the request object keeps using the pointer afterwards.
// asan: stack-use-after-return
#include <cctype>
#include <cstdio>
#include <cstring>

struct Request {
    const char* contentType = nullptr;
    const char* host = nullptr;
};

bool parseHeader(const char* line, char* name, size_t nameCap, const char*& value) {
    const char* colon = std::strchr(line, ':');
    if (!colon)
        return false;
    size_t n = static_cast<size_t>(colon - line);
    if (n >= nameCap)
        return false;
    std::memcpy(name, line, n);
    name[n] = '\0';

    char trimmed[48];
    const char* v = colon + 1;
    while (std::isspace(static_cast<unsigned char>(*v)))
        ++v;
    std::snprintf(trimmed, sizeof trimmed, "%s", v);
    value = trimmed; // BUG: the T*& out-parameter is set to the local array 'trimmed'
    return true;
}

static void applyHeader(Request& req, const char* line) {
    char name[32];
    const char* value = nullptr;
    if (!parseHeader(line, name, sizeof name, value))
        return;
    if (std::strcmp(name, "Host") == 0)
        req.host = value;
    else if (std::strcmp(name, "Content-Type") == 0)
        req.contentType = value;
}

int main() {
    const char* raw[] = {"Host:  example.org", "Content-Type: text/plain", "X-Trace: 17"};
    Request req;
    for (const char* line : raw)
        applyHeader(req, line);
    size_t hostLen = req.host ? std::strlen(req.host) : 0;
    std::printf("host has %zu chars\n", hostLen);
    return 0;
}

// HTTP header parser hands the value back through a T*& out-parameter pointing into storage owned by the caller's Request (near miss of bad/06).
// parseHeader() trims into a local array, then copies the result into the
// request's own buffers and sets 'value' to them; nothing points at the local.
#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>

struct Request {
    std::string hostStorage;
    std::string typeStorage;
    const char* contentType = nullptr;
    const char* host = nullptr;
};

bool parseHeader(const char* line, Request& req, const char*& value) {
    const char* colon = std::strchr(line, ':');
    if (!colon)
        return false;
    std::string name(line, static_cast<size_t>(colon - line));

    char trimmed[48];
    const char* v = colon + 1;
    while (std::isspace(static_cast<unsigned char>(*v)))
        ++v;
    std::snprintf(trimmed, sizeof trimmed, "%s", v);

    if (name == "Host") {
        req.hostStorage = trimmed;
        value = req.hostStorage.c_str();
    } else if (name == "Content-Type") {
        req.typeStorage = trimmed;
        value = req.typeStorage.c_str();
    } else {
        value = nullptr;
    }
    return value != nullptr;
}

static void applyHeader(Request& req, const char* line) {
    const char* value = nullptr;
    if (!parseHeader(line, req, value))
        return;
    if (value == req.hostStorage.c_str())
        req.host = value;
    else
        req.contentType = value;
}

int main() {
    const char* raw[] = {"Host:  example.org", "Content-Type: text/plain", "X-Trace: 17"};
    Request req;
    for (const char* line : raw)
        applyHeader(req, line);
    size_t hostLen = req.host ? std::strlen(req.host) : 0;
    std::printf("host has %zu chars, type %s\n", hostLen, req.contentType ? req.contentType : "-");
    return hostLen == 11 ? 0 : 1;
}

// Command router whose REGISTER_COMMAND macro stores '&var' in a global map; every registered command has static storage (twin of bad/26).
// installBuiltins() registers a file-scope command and a function-local static,
// both of which outlive the map's uses in dispatch().
#include <cstdio>
#include <map>
#include <string>

struct Command {
    const char* help;
    int (*run)(int);
    int calls;
};

std::map<std::string, Command*> g_commands;

#define REGISTER_COMMAND(name, cmd) g_commands[name] = &(cmd)

static int runPing(int arg) { return arg + 1; }
static int runEcho(int arg) { return arg; }

static Command g_ping{"reply with arg+1", runPing, 0};

void installBuiltins() {
    REGISTER_COMMAND("ping", g_ping);
    static Command echo{"reply with arg", runEcho, 0};
    REGISTER_COMMAND("echo", echo);
}

static int dispatch(const std::string& name, int arg) {
    auto it = g_commands.find(name);
    if (it == g_commands.end())
        return -1;
    Command* cmd = it->second;
    cmd->calls += 1;
    return cmd->run(arg);
}

int main() {
    installBuiltins();
    int a = dispatch("ping", 41);
    int b = dispatch("echo", 7);
    int c = dispatch("quit", 0);
    std::printf("ping -> %d, echo -> %d, quit -> %d\n", a, b, c);
    return a == 42 && b == 7 ? 0 : 1;
}

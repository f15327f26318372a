// Command router whose REGISTER_COMMAND macro hides 'g_commands[name] = &var'; one registration site passes a local.
// installBuiltins() declares a local Command and registers it with the macro; the
// global map keeps its address, and dispatch() runs it after the function returned.
// asan: stack-use-after-return
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
    Command echo{"reply with arg", runEcho, 0};
    REGISTER_COMMAND("echo", echo); // BUG: the macro stores the address of the local 'echo' in g_commands
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
    std::printf("ping -> %d, echo -> %d\n", a, b);
    return 0;
}

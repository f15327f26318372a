#!/usr/bin/env python3
"""Holds every lifeguard check and checker to the repository's layout.

Usage: check_registry.py ENGINE LIST ROOT

ENGINE is `tidy` or `analyzer`. LIST is what the engine's plugin printed
('-' reads standard input):
  tidy:     clang-tidy --load=<liblifeguard-tidy.so> --list-checks
            --checks='-*,lifeguard-*'
  analyzer: clang -cc1 -load <liblifeguard-analyzer.so> -analyzer-checker-help
For each lifeguard name listed this requires its documentation page and a
test directory holding at least one .cpp test (outside Inputs/), and that the
list is not empty and agrees with the engine's registry: every name registered
there is listed (the plugin registers it) and every listed name is registered.
Exits 1 with one line per problem.

  engine    names               registry                   doc, tests
  tidy      lifeguard-<name>    checks/tidy/Checks.def     docs/checks/<name>.rst, test/checks/<name>/
  analyzer  lifeguard.<Name>    checks/analyzer/Checkers.def  docs/checkers/<Name>.rst, test/checkers/<Name>/
"""

import os
import re
import sys

ENGINES = {
    "tidy": {
        "prefix": "lifeguard-",
        # `    lifeguard-name` lines after "Enabled checks:".
        "listed": r"^\s+(lifeguard-\S+)\s*$",
        "registry": os.path.join("checks", "tidy", "Checks.def"),
        "registered": r'\bLIFEGUARD_CHECK\s*\(\s*"([^"]+)"\s*,',
        "docs": os.path.join("docs", "checks"),
        "tests": os.path.join("test", "checks"),
        "what": "check",
    },
    "analyzer": {
        "prefix": "lifeguard.",
        # `  lifeguard.Name   Description` lines of -analyzer-checker-help.
        "listed": r"^\s+(lifeguard\.[A-Za-z]+)(?:\s|$)",
        "registry": os.path.join("checks", "analyzer", "Checkers.def"),
        "registered": r"\bLIFEGUARD_CHECKER\s*\(\s*([A-Za-z]+)\s*,",
        "docs": os.path.join("docs", "checkers"),
        "tests": os.path.join("test", "checkers"),
        "what": "checker",
    },
}


def listed_names(text, engine):
    return [m.group(1) for m in re.finditer(engine["listed"], text, re.M)]


def registered_names(registry, engine):
    with open(registry, encoding="utf-8") as f:
        text = f.read()
    # Comments and preprocessor lines (#error, #define) mention the macros too.
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"^\s*#[^\n]*", "", text, flags=re.M)
    return re.findall(engine["registered"], text)


def has_cpp_test(test_dir):
    for dirpath, dirnames, filenames in os.walk(test_dir):
        dirnames[:] = [d for d in dirnames if d != "Inputs"]
        if any(f.endswith(".cpp") for f in filenames):
            return True
    return False


def check(engine, text, root):
    problems = []
    prefix, what = engine["prefix"], engine["what"]
    listed = listed_names(text, engine)
    if not listed:
        problems.append(
            "no lifeguard %s is listed: is the plugin loaded, and does it "
            "register its %ss? (it printed: %r)" % (what, what, text.strip()[:500])
        )

    registry = os.path.join(root, engine["registry"])
    if os.path.isfile(registry):
        registered = registered_names(registry, engine)
        if not registered:
            problems.append("%s registers no %s" % (engine["registry"], what))
    else:
        registered = []
        problems.append("%s not found under %s" % (engine["registry"], root))

    for full in listed:
        name = full[len(prefix):]
        doc = os.path.join(engine["docs"], name + ".rst")
        if not os.path.isfile(os.path.join(root, doc)):
            problems.append("%s: no documentation: %s is missing" % (full, doc))
        tests = os.path.join(engine["tests"], name)
        if not os.path.isdir(os.path.join(root, tests)):
            problems.append("%s: no tests: directory %s/ is missing" % (full, tests))
        elif not has_cpp_test(os.path.join(root, tests)):
            problems.append("%s: no tests: %s/ holds no .cpp test" % (full, tests))
        if registered and name not in registered:
            problems.append(
                "%s: listed by the plugin but not registered in %s"
                % (full, engine["registry"])
            )
    for name in registered:
        if prefix + name not in listed:
            problems.append(
                "%s%s: registered in %s but not listed by the plugin"
                % (prefix, name, engine["registry"])
            )
    return listed, problems


def main(argv):
    if len(argv) != 4 or argv[1] not in ENGINES:
        sys.stderr.write(__doc__)
        return 2
    engine = ENGINES[argv[1]]
    if argv[2] == "-":
        text = sys.stdin.read()
    else:
        with open(argv[2], encoding="utf-8") as f:
            text = f.read()
    listed, problems = check(engine, text, argv[3])
    if problems:
        for p in problems:
            print("check_registry: error: " + p, file=sys.stderr)
        return 1
    print(
        "check_registry: %d %s(s) OK: %s"
        % (len(listed), engine["what"], ", ".join(listed))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

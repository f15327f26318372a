#!/usr/bin/env python3
"""Holds every lifeguard check to the repository's layout.

Usage: check_registry.py LIST_CHECKS_OUTPUT REPO_ROOT

LIST_CHECKS_OUTPUT is what `clang-tidy --load=<plugin> --list-checks
--checks='-*,lifeguard-*'` printed ('-' reads standard input). For each
listed check lifeguard-<name> this requires:
  - docs/checks/<name>.rst
  - test/checks/<name>/ holding at least one .cpp test (outside Inputs/)
and that the list is not empty and agrees with checks/Checks.def: every check
registered there is listed (the plugin registers it) and every listed
lifeguard check is registered there. Exits 1 with one line per problem.
"""

import os
import re
import sys

PREFIX = "lifeguard-"


def listed_checks(text):
    """Check names from --list-checks output ('Enabled checks:' + one a line)."""
    names = []
    for line in text.splitlines():
        m = re.match(r"^\s+(\S+)\s*$", line)
        if m and m.group(1).startswith(PREFIX):
            names.append(m.group(1))
    return names


def registered_checks(checks_def):
    """Names (without the prefix) from LIFEGUARD_CHECK("name", Class) lines."""
    with open(checks_def, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"//[^\n]*", "", text)  # comments mention the macro too
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.findall(r'\bLIFEGUARD_CHECK\s*\(\s*"([^"]+)"\s*,', text)


def has_cpp_test(test_dir):
    for dirpath, dirnames, filenames in os.walk(test_dir):
        dirnames[:] = [d for d in dirnames if d != "Inputs"]
        if any(f.endswith(".cpp") for f in filenames):
            return True
    return False


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    list_file, root = argv[1], argv[2]
    if list_file == "-":
        text = sys.stdin.read()
    else:
        with open(list_file, encoding="utf-8") as f:
            text = f.read()

    problems = []
    listed = listed_checks(text)
    if not listed:
        problems.append(
            "no lifeguard check is listed: is the plugin loaded, and does it "
            "register its checks? (clang-tidy printed: %r)" % text.strip()[:500]
        )

    checks_def = os.path.join(root, "checks", "Checks.def")
    if os.path.isfile(checks_def):
        registered = registered_checks(checks_def)
        if not registered:
            problems.append("checks/Checks.def registers no check")
    else:
        registered = []
        problems.append("checks/Checks.def not found under %s" % root)

    for full in listed:
        name = full[len(PREFIX):]
        doc = os.path.join("docs", "checks", name + ".rst")
        if not os.path.isfile(os.path.join(root, doc)):
            problems.append("%s: no documentation: %s is missing" % (full, doc))
        tests = os.path.join("test", "checks", name)
        if not os.path.isdir(os.path.join(root, tests)):
            problems.append("%s: no tests: directory %s/ is missing" % (full, tests))
        elif not has_cpp_test(os.path.join(root, tests)):
            problems.append("%s: no tests: %s/ holds no .cpp test" % (full, tests))
        if registered and name not in registered:
            problems.append(
                "%s: listed by the plugin but not registered in checks/Checks.def" % full
            )

    for name in registered:
        if PREFIX + name not in listed:
            problems.append(
                "%s%s: registered in checks/Checks.def but not listed by the plugin"
                % (PREFIX, name)
            )

    if problems:
        for p in problems:
            print("check_registry: error: " + p, file=sys.stderr)
        return 1
    print("check_registry: %d check(s) OK: %s" % (len(listed), ", ".join(listed)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

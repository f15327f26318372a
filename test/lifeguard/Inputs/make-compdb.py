"""Usage: make-compdb.py PROJECT BUILD_DIR

Writes BUILD_DIR/compile_commands.json for PROJECT/src/*.cpp (C++17, with
PROJECT/include), with the absolute paths a build system writes."""
import glob
import json
import os
import sys

project, build = (os.path.abspath(p) for p in sys.argv[1:3])
os.makedirs(build, exist_ok=True)
entries = [
    {
        "directory": build,
        "file": f,
        "arguments": ["clang++", "-std=c++17", "-I", os.path.join(project, "include"),
                      "-c", f, "-o", os.path.basename(f) + ".o"],
    }
    for f in sorted(glob.glob(os.path.join(project, "src", "*.cpp")))
]
with open(os.path.join(build, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)

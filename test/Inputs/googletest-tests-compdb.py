"""Usage: googletest-tests-compdb.py GOOGLETEST_SRC BUILD_DIR

Writes BUILD_DIR/compile_commands.json for the test files of GoogleTest and
GoogleMock (GOOGLETEST_SRC/google{test,mock}/test/*.cc), C++17, with the
include paths and the one definition their CMake build gives them."""
import glob
import json
import os
import sys

src, build = (os.path.abspath(p) for p in sys.argv[1:3])
os.makedirs(build, exist_ok=True)
includes = []
for part in ("googletest", "googlemock"):
    includes += ["-I", os.path.join(src, part), "-I", os.path.join(src, part, "include")]
entries = [
    {
        "directory": build,
        "file": f,
        "arguments": ["clang++", "-std=c++17", "-DGTEST_ENABLE_CATCH_EXCEPTIONS_=1"]
        + includes + ["-c", f, "-o", os.path.basename(f) + ".o"],
    }
    for part in ("googletest", "googlemock")
    for f in sorted(glob.glob(os.path.join(src, part, "test", "*.cc")))
]
with open(os.path.join(build, "compile_commands.json"), "w") as out:
    json.dump(entries, out, indent=1)
print(len(entries), "files")

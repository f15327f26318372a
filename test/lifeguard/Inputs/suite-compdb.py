"""Usage: suite-compdb.py SOURCE_ROOT OUT_DIR LLVM_INCLUDE_DIR

Writes OUT_DIR/compile_commands.json for every test input of the suite
(test/checks/*/ and test/checkers/*/, not their Inputs/): C++20 (C++23 for
the files named so) or C11, with the test's Inputs/, the pool tests',
lifeguard's include/ and LLVM's headers (llvm::SmallVector) on the include
path."""
import glob
import json
import os
import sys

root, out, llvm_include = (os.path.abspath(p) for p in sys.argv[1:4])
entries = []
for f in sorted(glob.glob(os.path.join(root, "test", "check*", "*", "*.c*"))):
    d = os.path.dirname(f)
    std = "-std=c11" if f.endswith(".c") else "-std=c++23" if "cxx23" in f else "-std=c++20"
    entries.append({"directory": d, "file": f, "arguments": [
        "clang", std, "-I", os.path.join(d, "Inputs"),
        "-I", os.path.join(root, "test", "checks", "pool-misuse", "Inputs"),
        "-I", os.path.join(root, "include"), "-I", llvm_include, "-c", f]})
os.makedirs(out, exist_ok=True)
json.dump(entries, open(os.path.join(out, "compile_commands.json"), "w"), indent=1)
print(len(entries))

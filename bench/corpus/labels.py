"""The corpus's case headers, read by bench/corpus/verify and scripts/compare.

A case's leading comment block holds `// key: value` lines: `asan:` (the
error a bad case makes AddressSanitizer report) and `std:` (the standard).
"""

import pathlib
import re

CORPUS = pathlib.Path(__file__).resolve().parent


def header(case, key):
    """The value of `// key: value` in the case's leading comment."""
    for line in pathlib.Path(case).read_text().splitlines():
        if not line.startswith("//"):
            break
        m = re.match(r"//\s*%s:(?!:)\s*(.*\S)" % key, line)
        if m:
            return m.group(1)
    return None


def standard(case):
    return header(case, "std") or "c++17"


def families():
    """The corpus's bug families: its folders of bad/ and good/ cases."""
    return sorted(p.name for p in CORPUS.iterdir()
                  if (p / "bad").is_dir() or (p / "good").is_dir())

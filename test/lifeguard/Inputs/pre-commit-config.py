"""Usage: pre-commit-config.py SOURCE_ROOT OUT

Writes a .pre-commit-config.yaml that takes the lifeguard hook from the
lifeguard repository at SOURCE_ROOT, at its HEAD commit, as a project takes
it from lifeguard's repository at a release."""
import subprocess
import sys

src, out = sys.argv[1:3]
rev = subprocess.run(["git", "-C", src, "rev-parse", "HEAD"], check=True,
                     capture_output=True, text=True).stdout.strip()
with open(out, "w") as f:
    f.write("repos:\n- repo: %s\n  rev: %s\n  hooks:\n  - id: lifeguard\n    args: [--extra-arg=-std=c++17]\n" % (src, rev))

"""Usage: expect-exit.py STATUS COMMAND...

Runs COMMAND, passing its output through, and exits 0 when it exited with
STATUS, 1 otherwise (lit's `not` tells non-zero from zero only)."""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.run(sys.argv[2:]).returncode
if got != want:
    print("expect-exit.py: %s exited %d, expected %d" % (sys.argv[2], got, want),
          file=sys.stderr)
    sys.exit(1)

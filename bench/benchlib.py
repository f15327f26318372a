"""What the bench scripts share."""

import importlib.machinery
import os

BENCH = os.path.dirname(os.path.abspath(__file__))


def bench_script(name):
    """Another bench/ script (they have no .py suffix), as a module."""
    return importlib.machinery.SourceFileLoader(
        name, os.path.join(BENCH, name)).load_module()

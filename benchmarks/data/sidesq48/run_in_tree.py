"""A benchmark script run with the explorer of the tree it is started from.

    cd TREE && .venv/bin/python benchmarks/data/sidesq48/run_in_tree.py SCRIPT [args]

The tree's explorer is imported first, so the script's own insert of its checkout on
``sys.path`` does not replace it (before and after measured in one run, from two trees).
"""

import os
import runpy
import sys

sys.path.insert(0, os.getcwd())

import explorer
import explorer.pipeline

assert explorer.__file__.startswith(os.getcwd()), explorer.__file__
script = sys.argv[1]
sys.argv = sys.argv[1:]
runpy.run_path(script, run_name="__main__")

#!/bin/bash
# measure.sh TREE OUT: every places batch and the evaluation, from TREE with geofix63's venv
T=$1; O=$2; mkdir -p $O; cd $T
for n in '' 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28; do
  PYTHONPATH=. nice -n 5 /work/wt-places2/.venv/bin/python benchmarks/places_fresh.py --data benchmarks/data/places_fresh$n --list > $O/pf$n.txt 2>&1
done
PYTHONPATH=. nice -n 5 /work/wt-places2/.venv/bin/python benchmarks/geoparse_eval.py /work/shared/eval > $O/eval.txt 2>&1
echo done > $O/DONE

#!/bin/bash
# measure.sh TREE OUT: every places batch, the evaluation and every held text's readings,
# from TREE with geofix62's venv
T=$1; O=$2; mkdir -p $O; cd $T
for n in '' 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27; do
  PYTHONPATH=. nice /work/wt-places2/.venv/bin/python benchmarks/places_fresh.py --data benchmarks/data/places_fresh$n --list > $O/pf$n.txt 2>&1
done
PYTHONPATH=. nice /work/wt-places2/.venv/bin/python benchmarks/geoparse_eval.py /work/shared/eval > $O/eval.txt 2>&1
PYTHONPATH=. nice /work/wt-places2/.venv/bin/python /work/wt-places2/benchmarks/geoparse_readings.py dump $O/readings.json $(ls -d /work/wt-places2/benchmarks/data/*/docs) /work/shared/eval/stances/docs > $O/readings.log 2>&1

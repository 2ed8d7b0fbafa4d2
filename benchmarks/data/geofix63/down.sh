#!/bin/bash
# down.sh TREE OUT: the batches whose stories' readings changed, downstream
T=$1; O=$2; mkdir -p $O; cd $T
PY="nice -n 5 /work/wt-places2/.venv/bin/python"
export PYTHONPATH=$T
for n in 6 13 20; do $PY benchmarks/assets_fresh.py --data benchmarks/data/assets_fresh$n --list > $O/af$n.txt 2>&1; done
for n in 7 21 28; do $PY /work/main/benchmarks/data/sidesq48/run_in_tree.py benchmarks/stances_fresh$n.py --all > $O/sf$n.txt 2>&1; done
for n in events_fresh5 events_fresh24; do $PY benchmarks/events_audit.py dump $O/$n.json --folder benchmarks/data/$n/docs > $O/$n.log 2>&1; $PY benchmarks/events_audit.py score $O/$n.json > $O/$n.score 2>&1; done
echo done > $O/DONE

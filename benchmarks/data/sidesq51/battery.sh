#!/usr/bin/env bash
# usage: battery.sh TREE OUT [N...] -- stances batches, the probe and the eval's score.py, with TREE's explorer
TREE=$1; OUT=$2; shift 2; mkdir -p "$OUT"
PY=/work/wt-sides/.venv/bin/python
RUN=/work/main/benchmarks/data/sidesq48/run_in_tree.py
NS="$*"; [ -n "$NS" ] || NS="X 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 probe score"
cd "$TREE" || exit 1
for N in $NS; do
  [ "$N" = X ] && N=''
  if [ "$N" = probe ]; then nice -n 5 $PY $RUN benchmarks/stances_probe.py --all > "$OUT/probe.txt" 2>&1; continue; fi
  if [ "$N" = score ]; then
    X=$(mktemp -d)
    XDG_DATA_HOME=$X PYTHONPATH=$TREE nice -n 5 $PY -m explorer sides /work/shared/eval/stances/docs -f json > "$OUT/S.json" 2> "$OUT/S.err"
    (cd /work/shared/eval/stances && python3 score.py cases.json "$OUT/S.json" --docs docs --quiet > "$OUT/score.txt" 2>&1)
    continue
  fi
  s=benchmarks/stances_fresh$N.py
  [ -f "$s" ] || s=/work/wt-sides/benchmarks/stances_fresh$N.py
  nice -n 5 $PY $RUN "$s" --all > "$OUT/fresh$N.txt" 2>&1
done
echo done > "$OUT/DONE"

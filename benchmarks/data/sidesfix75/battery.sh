#!/usr/bin/env bash
# usage: battery.sh TREE OUT [N...] -- sidesq50's battery (stances batches 1..31, the probe
# and the eval's score.py, with TREE's explorer) run with this worktree's venv
TREE=$1; OUT=$2; shift 2; mkdir -p "$OUT"
HERE=$(cd "$(dirname "$0")" && pwd)
WT=$(cd "$HERE/../../.." && pwd)
PY=$WT/.venv/bin/python
RUN=$WT/benchmarks/data/sidesq48/run_in_tree.py
NS="$*"; [ -n "$NS" ] || NS="X $(seq -s ' ' 2 31) probe score"
cd "$TREE" || exit 1
for N in $NS; do
  [ "$N" = X ] && N=''
  if [ "$N" = probe ]; then nice -n 5 $PY $RUN benchmarks/stances_probe.py --all > "$OUT/probe.txt" 2>&1; continue; fi
  if [ "$N" = score ]; then
    X=$(mktemp -d)
    XDG_DATA_HOME=$X PYTHONPATH=$TREE nice -n 5 $PY -m explorer sides /work/shared/eval/stances/docs -f json > "$OUT/S.json" 2> "$OUT/S.err"
    (cd /work/shared/eval/stances && python3 score.py cases.json "$OUT/S.json" --docs docs --quiet > "$OUT/score.txt" 2>&1)
    rm -rf "$X"
    continue
  fi
  nice -n 5 $PY $RUN "benchmarks/stances_fresh$N.py" --all > "$OUT/fresh$N.txt" 2>&1
done
echo done > "$OUT/DONE"

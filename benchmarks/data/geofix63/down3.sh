#!/bin/bash
while [ ! -f /tmp/geofix63/EVALGP ]; do sleep 5; done
PY="nice -n 5 /work/wt-places2/.venv/bin/python"
for n in 21 7 28; do
  for T in /tmp/base140:down_base /tmp/geofix63/tree2:down_after; do
    TR=${T%%:*}; O=/tmp/geofix63/${T##*:}; cd $TR
    $PY /work/main/benchmarks/data/sidesq48/run_in_tree.py benchmarks/stances_fresh$n.py --all > $O/sf$n.txt 2>&1
  done
done
echo done > /tmp/geofix63/DOWN3

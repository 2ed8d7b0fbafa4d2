#!/bin/bash
PY="nice -n 5 /work/wt-places2/.venv/bin/python"
cd /work/wt-places2 && $PY -m pytest -q -p no:randomly tests/test_geofix63.py > /tmp/geofix63/tests_final.txt 2>&1
for T in /tmp/base140:down_base /tmp/geofix63/tree2:down_after; do
  TR=${T%%:*}; O=/tmp/geofix63/${T##*:}; mkdir -p $O; cd $TR
  PYTHONPATH=$TR $PY benchmarks/events_audit.py dump $O/events_fresh5.json --folder benchmarks/data/events_fresh5/docs > $O/events_fresh5.log 2>&1
  PYTHONPATH=$TR $PY benchmarks/events_audit.py score $O/events_fresh5.json > $O/events_fresh5.score 2>&1
done
cd /tmp/geofix63/tree2; for n in 6 13 20; do PYTHONPATH=/tmp/geofix63/tree2 $PY benchmarks/assets_fresh.py --data benchmarks/data/assets_fresh$n --list > /tmp/geofix63/down_after/af$n.txt 2>&1; done
echo done > /tmp/geofix63/DOWN2

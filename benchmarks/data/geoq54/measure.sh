#!/bin/bash
# measure.sh TREE OUT: every places batch, explorer geoparse of every batch story, LGL/TR-News
TREE=$1; OUT=$2; PY=/work/wt-places/.venv/bin/python
mkdir -p $OUT
cd $TREE
for n in '' $(seq 2 32); do
  d=/work/wt-places/benchmarks/data/places_fresh$n
  [ -d $d ] || continue
  PYTHONPATH=$TREE nice -n 5 $PY benchmarks/places_fresh.py --data $d --list > $OUT/places_fresh$n.txt 2>$OUT/places_fresh$n.err
done
PYTHONPATH=$TREE nice -n 5 $PY -c "from explorer.cli import main; import sys; sys.exit(main(['geoparse','/tmp/geoq54/stories.jsonl','-o','$OUT/stories_readings.jsonl']))" 2>$OUT/stories.err
PYTHONPATH=$TREE nice -n 5 $PY benchmarks/geoparse_eval.py /work/shared/eval --out $OUT/eval > $OUT/geoparse_eval.txt 2>$OUT/geoparse_eval.err
echo done > $OUT/DONE

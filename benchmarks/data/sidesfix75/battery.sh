#!/usr/bin/env bash
# usage: battery.sh TREE OUT [N...] -- sidesq50's battery (stances batches, the probe and the
# eval's score.py, with TREE's explorer), by default over every batch to 31
HERE=$(cd "$(dirname "$0")" && pwd)
TREE=$1; OUT=$2; shift 2
[ $# -gt 0 ] || set -- X $(seq 2 31) probe score
exec bash "$HERE/../sidesq50/battery.sh" "$TREE" "$OUT" "$@"

#!/usr/bin/env bash
# Cross-validates the learned event models (trigger and argument) on slices of the training pool: for each slice
# number given (default 1 to 8: slices 1-13 hold no sentence a developer read while writing rules), both models are
# trained on every other slice, then the slice is scored with the rules alone ("rules", as shipped since the ninetieth
# round), with the argument model and the trigger model off ("argm"), with the trigger model alone ("trig") and with
# both ("models").
# Prints each slice's counts and the pooled precision and recall of each. Run from anywhere; takes about three
# minutes per slice on two cores. The argument trainer keeps each slice's examples (pipeline and parse) for the later
# folds; ARGS_OPTS passes options to it (e.g. ARGS_OPTS="--drop ldp=,gdp=" or "--no-parse"). TRIG_OPTS passes Java
# options to the runs with the trigger model (e.g. TRIG_OPTS="-Dnewsgraph.triggerModel.categories=CONSULT,REQUEST").
set -euo pipefail
cd "$(dirname "$0")/.."
pool=src/test/resources/events/train
folds=${*:-1 2 3 4 5 6 7 8}
ARGS_OPTS=${ARGS_OPTS:-}
TRIG_OPTS=${TRIG_OPTS:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() { # label, java options, slice file
  NEWSGRAPH_JAVA_OPTS="-Xmx3g $2" ./newsgraph eval events "$3" 2>/dev/null | grep -E '^category' \
    | sed -E 's/^category\+actor\+recipient/arguments/; s/^category /category /' | awk -v l="$1" '{print l, $0}'
}
for k in $folds; do
  rest=$(ls $pool/train*.jsonl | grep -v "/train$k.jsonl")
  ./newsgraph eval events-train $rest --out "$tmp/t$k.tsv" > /dev/null
  ./newsgraph eval events-args-train $rest --out "$tmp/a$k.tsv" --cache "$tmp/examples" $ARGS_OPTS > /dev/null
  score "rules  train$k" "-Dnewsgraph.triggerModel=none -Dnewsgraph.argumentModel=none" $pool/train$k.jsonl | tee -a "$tmp/all"
  score "trig   train$k" "-Dnewsgraph.triggerModel=$tmp/t$k.tsv -Dnewsgraph.argumentModel=none $TRIG_OPTS" $pool/train$k.jsonl | tee -a "$tmp/all"
  score "argm   train$k" "-Dnewsgraph.triggerModel=none -Dnewsgraph.argumentModel=$tmp/a$k.tsv" $pool/train$k.jsonl | tee -a "$tmp/all"
  score "models train$k" "-Dnewsgraph.triggerModel=$tmp/t$k.tsv -Dnewsgraph.argumentModel=$tmp/a$k.tsv $TRIG_OPTS" $pool/train$k.jsonl | tee -a "$tmp/all"
done
python3 - "$tmp/all" <<'PY'
import re, sys, collections
tot = collections.defaultdict(lambda: [0, 0, 0])
for line in open(sys.argv[1]):
    who, _, measure = line.split()[:3]
    m = re.search(r'P [\d.]+ \((\d+)/(\d+)\)\s+R [\d.]+ \(\d+/(\d+)\)', line)
    t = tot[(who, measure)]
    t[0] += int(m.group(1)); t[1] += int(m.group(2)); t[2] += int(m.group(3))
for (who, measure), (hit, sys_, gold) in sorted(tot.items()):
    p, r = hit / max(1, sys_), hit / max(1, gold)
    print(f"pooled {who:6} {measure:9} P {p:.3f} ({hit}/{sys_})  R {r:.3f} ({hit}/{gold})  F1 {2*p*r/max(1e-9,p+r):.3f}")
PY

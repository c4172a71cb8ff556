import gzip, hashlib, json, random, re, sys
used, used_texts = set(), set()
stories = [json.loads(l) for l in gzip.open("../shared/bench/wire-stories.jsonl.gz", "rt")]
maintexts = {s["id"]: s["maintext"] for s in stories}
def line_text(o):
    # a stand-off line (the training pool) points into its story: code-point offsets into maintext, sha1 of the text
    if "text" in o: return o["text"]
    t = maintexts[o["id"]][o["begin"]:o["end"]]
    assert hashlib.sha1(t.encode("utf-8")).hexdigest()[:12] == o["sha1"], f"{o['id']}: text does not match its sha1"
    return t
# --reuse-stories: stories of earlier sets may give another sentence (their annotated sentences never again); for when
# the unseen stories run out
REUSE = "--reuse-stories" in sys.argv
args = [a for a in sys.argv[1:] if a != "--reuse-stories"]
# every set already drawn is excluded, so a new draw has only unseen stories
for f in ["src/test/resources/events/golden.jsonl", "src/test/resources/events/heldout.jsonl",
          "src/test/resources/events/blind.jsonl", "src/test/resources/events/dev2.jsonl",
          "src/test/resources/events/blind2.jsonl",
          "src/test/resources/events/blind3.jsonl",
          "src/test/resources/events/blind4.jsonl",
          "src/test/resources/events/blind5.jsonl",
          "src/test/resources/events/blind6.jsonl",
          "src/test/resources/events/blind7.jsonl",
          "src/test/resources/events/blind8a.jsonl",
          "src/test/resources/events/blind8b.jsonl",
          "src/test/resources/events/blind9.jsonl",
          "src/test/resources/events/blind10.jsonl",
          "src/test/resources/events/blind11.jsonl",
          "src/test/resources/events/blind12.jsonl",
          "src/test/resources/events/blind13.jsonl",
          "src/test/resources/events/blind14.jsonl",
          "src/test/resources/events/blind15.jsonl",
          "src/test/resources/events/blind16.jsonl",
          "src/test/resources/events/blind17.jsonl",
          "src/test/resources/events/blind18.jsonl",
          "src/test/resources/events/blind19.jsonl",
          "src/test/resources/events/blind20.jsonl",
          "src/test/resources/events/blind21.jsonl",
          "src/test/resources/events/blind22.jsonl",
          "src/test/resources/events/blind23.jsonl",
          "src/test/resources/events/blind24.jsonl",
          "src/test/resources/events/blind25.jsonl"] + sorted(__import__("glob").glob("src/test/resources/events/train/train*.jsonl")):
    if not __import__("os").path.exists(f): continue
    for l in open(f):
        if l.strip():
            used.add(json.loads(l)["id"])
            used_texts.add(line_text(json.loads(l)).strip())
# optional: files of texts a developer has read (probe outputs); those sentences are never drawn,
# another sentence of the same story is taken instead
seen = set()
for f in args[2:]:
    for l in open(f):
        if l.strip(): seen.add(json.loads(l)["text"].strip())
stories = [s for s in stories if REUSE or s["id"] not in used]
seen |= used_texts
KW = re.compile(r"\b(agree\w*|sign\w*|met|meet\w*|talks|visit\w*|phon\w*|called|urg\w*|appeal\w*|ask\w*|demand\w*|accus\w*|condemn\w*|criticis\w*|blam\w*|protest\w*|demonstrat\w*|rall\w*|strik\w*|reject\w*|refus\w*|threat\w*|warn\w*|sanction\w*|ban\w*|expel\w*|arrest\w*|detain\w*|seiz\w*|kill\w*|attack\w*|shell\w*|bomb\w*|clash\w*|fight\w*|deploy\w*|troops|aid|donat\w*|pledg\w*|grant\w*|support\w*|back\w*|praise\w*|releas\w*|withdr\w*|apolog\w*|cooperat\w*|help\w*|evacuat\w*|invad\w*|raid\w*|wound\w*|fired|captur\w*|deport\w*|impos\w*)\b", re.I)
SEED = int(args[0]) if len(args) > 0 else 20240505
rng = random.Random(SEED)
rng.shuffle(stories)
out = []
for s in stories:
    sents = [x.strip() for p in s["maintext"].split("\n") for x in re.split(r"(?<=[.!?\"])\s+(?=[A-Z\"])", p) if x.strip()]
    sents = [x for x in sents if 60 <= len(x) <= 320 and KW.search(x) and x not in seen]
    if not sents: continue
    t = rng.choice(sents)
    out.append({"id": s["id"], "date": s["date_publish"], "text": t})
    if len(out) >= (int(args[1]) if len(args) > 1 else 170): break
for i, o in enumerate(out):
    print(json.dumps(o))

#!/usr/bin/env python3
# Converts event-set files between inline text and stand-off text, in place. Run from the project root.
#
#   python3 tools/events-standoff.py FILE...            {"id","date","text",...} -> {"id","date","begin","end","sha1",...}
#   python3 tools/events-standoff.py --inline FILE...   the reverse: restores "text" (for annotators)
#
# Stand-off fields: "begin"/"end" are the offsets of the sentence in the "maintext" of the story with the line's "id" in
# the corpus (../shared/bench/wire-stories.jsonl.gz, or --corpus FILE), in Unicode code points (Python str indices),
# end exclusive; "sha1" is the first 12 hex digits of the SHA-1 of the sentence's UTF-8 bytes. "text" is replaced by
# the three fields at its place, every other field is kept as it is and in its order, so converting there and back
# gives the same bytes (lines are written as json.dumps writes them, which is how the sets were written).
# A sentence found more than once in its story points to the first. A sentence not found verbatim (or a stand-off
# line whose text does not match its sha1) stops the run before any file is written, naming the file, line and id.
# Standard library only.
import gzip, hashlib, json, sys

CORPUS = "../shared/bench/wire-stories.jsonl.gz"


def sha1(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_corpus(path):
    """Story id -> maintext."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {s["id"]: s["maintext"] for s in map(json.loads, f)}


def resolve(line, stories):
    """The text of a line, inline or stand-off (None when the story is missing or the sha1 does not match)."""
    if "text" in line:
        return line["text"]
    story = stories.get(line["id"])
    text = None if story is None else story[line["begin"]:line["end"]]
    return text if text is not None and sha1(text) == line["sha1"] else None


def replace_key(o, key, new):
    """o with the field key replaced by the fields of new, at key's place."""
    out = {}
    for k, v in o.items():
        if k == key:
            out.update(new)
        else:
            out[k] = v
    return out


class Unresolved(Exception):
    pass


def to_standoff(o, stories, where):
    story = stories.get(o["id"])
    if story is None:
        raise Unresolved(f"{where}: story {o['id']} is not in the corpus")
    text = o["text"]
    begin = story.find(text)
    if begin < 0:
        raise Unresolved(f"{where}: the sentence is not found verbatim in story {o['id']}")
    return replace_key(o, "text", {"begin": begin, "end": begin + len(text), "sha1": sha1(text)})


def to_inline(o, stories, where):
    text = resolve(o, stories)
    if text is None:
        raise Unresolved(f"{where}: story {o['id']} is missing or its text at {o['begin']}-{o['end']} does not match sha1 {o['sha1']}")
    del o["end"], o["sha1"]
    return replace_key(o, "begin", {"text": text})


def convert(path, stories, inline):
    """The converted content of one file, and how many lines had a sentence occurring more than once in its story."""
    out, repeated = [], 0
    with open(path, encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            body = line.rstrip("\r\n")
            if not body.strip():
                out.append(line)
                continue
            o = json.loads(body)
            where = f"{path} line {n} ({o.get('id')})"
            if inline and "text" not in o:
                o = to_inline(o, stories, where)
            elif not inline and "text" in o:
                o = to_standoff(o, stories, where)
                repeated += stories[o["id"]].count(stories[o["id"]][o["begin"]:o["end"]]) > 1
            out.append(json.dumps(o) + line[len(body):])
    return "".join(out), repeated


def main(argv):
    inline = "--inline" in argv
    argv = [a for a in argv if a != "--inline"]
    corpus = CORPUS
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = argv[i + 1]
        del argv[i:i + 2]
    if not argv:
        sys.exit("usage: python3 tools/events-standoff.py [--inline] [--corpus FILE] FILE...")
    stories = load_corpus(corpus)
    converted, repeated = {}, 0
    try:
        for path in argv:
            converted[path], r = convert(path, stories, inline)
            repeated += r
    except Unresolved as e:
        sys.exit(f"events-standoff: {e}; no file written")
    for path, content in converted.items():
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(content)
    print(f"{len(converted)} files converted to {'inline' if inline else 'stand-off'} text"
          + ("" if inline else f"; {repeated} sentences occur more than once in their story (the first is taken)"),
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])

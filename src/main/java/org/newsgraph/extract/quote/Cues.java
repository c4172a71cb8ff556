package org.newsgraph.extract.quote;

import java.util.Set;

/** The speech-cue lexicon: verb lemmas that introduce who said what. */
final class Cues {

    /** Verbs of saying that take a clause or a quote, and are used with a quote after them ("..., he said."). */
    static final Set<String> SAY = Set.of(
            "say", "tell", "write", "add", "warn", "urge", "deny", "allege", "claim", "stress", "note",
            "announce", "insist", "argue", "explain", "suggest", "report", "tweet", "declare", "state",
            "acknowledge", "admit", "confirm", "predict", "promise", "vow", "complain", "contend", "assert",
            "maintain", "reiterate", "emphasize", "emphasise", "respond", "reply", "ask", "recall",
            "caution", "observe", "continue", "conclude", "concede", "joke", "quip", "boast", "reveal",
            "disclose", "testify", "wonder", "demand", "propose", "recommend", "post", "remark", "counter",
            "point", "describe", "believe", "think", "charge", "threaten", "indicate", "agree", "reassure",
            "accuse", "blame", "consider", "criticize", "criticise", "condemn", "praise", "call", "thank",
            "signal", "estimate", "speculate", "lament", "muse", "shout", "yell", "chant", "hint", "retort",
            "pledge", "guarantee", "assure", "inform", "advise", "forecast", "exclaim", "confess", "echo",
            "answer", "interrupt", "plead", "scoff", "snap", "sneer", "chime", "gush", "rave", "grumble",
            "mutter", "whisper", "cry", "scream", "deadpan", "marvel", "reason", "elaborate", "clarify",
            "correct", "repeat", "proclaim", "posit", "opine", "inquire", "question", "challenge", "dismiss",
            "mock", "brag", "vent", "fume", "sigh", "recount", "summarize", "underscore", "highlight",
            "lash", "denounce", "decry");

    /**
     * Cues whose object is the party addressed or accused ("accused Lukashenko of ...", "reassured Poland of
     * ...", "told reporters ...").
     */
    static final Set<String> WITH_TARGET = Set.of(
            "accuse", "reassure", "blame", "criticize", "criticise", "condemn", "praise", "urge", "warn",
            "assure", "thank", "charge");

    /** Cues whose object is the listener ("told reporters", "informed the committee"). */
    static final Set<String> WITH_LISTENER = Set.of("tell", "inform", "advise", "assure", "remind", "ask");

    /** Cues that also need a weaker reading: they introduce speech only with a clause or a quote. */
    static final Set<String> WEAK = Set.of(
            "add", "continue", "note", "point", "call", "post", "report", "think", "believe", "agree",
            "indicate", "signal", "ask", "consider", "describe", "state", "maintain", "observe", "charge");

    /**
     * Verbs that are cues only with their particle ("talked about the economy", "referred to him as ...",
     * "focused on jobs"); the content is what follows the particle.
     */
    static final java.util.Map<String, String> WITH_PARTICLE = java.util.Map.of(
            "talk", "about", "speak", "about", "refer", "to", "focus", "on", "comment", "on", "point", "out",
            "weigh", "in");

    /** True when the verb lemma and the next word form a particle cue ("talk about"). */
    static boolean isParticleCue(String lemma, String next) {
        return next.equalsIgnoreCase(WITH_PARTICLE.get(lemma));
    }

    private Cues() {
    }

    /**
     * Verbs that attribute a position rather than an utterance (evidence, belief, intention, stance):
     * "a poll found that ...", "Trump wants to ...", "voters see him as ...". Reported speech only, forward
     * frame only, low confidence: the lead may filter them out of the statement graph by confidence.
     */
    static final Set<String> POSITION = Set.of(
            "show", "find", "want", "see", "endorse", "support", "hope", "fear", "expect", "plan", "feel",
            "view", "seek", "refuse", "decline", "oppose", "prefer", "doubt", "worry", "recognize", "cite",
            "defend", "reject", "attack", "mention", "discuss", "question", "favor", "favour", "back", "know",
            "insist", "imagine", "label", "dub", "brand", "acknowledge", "dispute", "applaud", "welcome", "slam", "blast");

    /** Position verbs that take an infinitive as their content ("wants to build", "refused to comment"). */
    static final Set<String> WITH_INFINITIVE = Set.of("want", "hope", "plan", "seek", "refuse", "decline",
            "expect", "intend", "prefer", "urge", "promise", "vow", "threaten", "pledge", "ask", "tell", "fear");

    /** The lemma of a verb the tagger took for a name because of its capital ("Tweeted"); "" if none. */
    static String lemmaOfCapitalised(String word) {
        String w = word.toLowerCase();
        if (w.equals("said") || w.equals("says")) return "say";
        if (w.equals("tweeted") || w.equals("tweets")) return "tweet";
        if (w.equals("wrote") || w.equals("writes")) return "write";
        return "";
    }

    static boolean isCue(String lemma) {
        return SAY.contains(lemma);
    }
}

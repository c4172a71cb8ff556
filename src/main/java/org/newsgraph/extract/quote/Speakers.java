package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * Resolves pronoun and description speakers without a coreference model, reading drafts in text order.
 *
 * <ul>
 *   <li>he/she: the last person speaker if within three sentences, else the first person named in the
 *       nearest sentence before (the subject is usually named first); either only when its gender, read from
 *       an honorific or a common given name ({@link Genders}), does not clash with the pronoun's;</li>
 *   <li>they/it: the last non-person speaker if recent, else the nearest organisation or place;</li>
 *   <li>"the minister": the last person named with that title ("Deputy Foreign Minister Piotr Wawrzyk");</li>
 *   <li>a surname alone: left as it is (it names the speaker).</li>
 * </ul>
 * A person is returned as the longest earlier mention of the same surname. One instance per {@code find}
 * call; not thread-safe.
 */
final class Speakers {

    private record Mention(int start, int end, boolean person, Set<String> titles) {
    }

    private static final int RECENT_SENTENCES = 3;
    private static final int LOOKBACK_SENTENCES = 6;

    private final Doc d;
    private final List<Mention> mentions = new ArrayList<>();
    private int[] lastSpeaker;
    private boolean lastSpeakerPerson;

    Speakers(Doc d) {
        this.d = d;
        collectMentions();
    }

    private void collectMentions() {
        List<Token> t = d.tokens;
        int i = 0;
        while (i < t.size()) {
            String ner = t.get(i).ner();
            if (ner.equals("O") || ner.equals("MISC")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size() && t.get(j).ner().equals(ner) && !d.isMark(j)) j++;
            boolean person = ner.equals("PERSON");
            mentions.add(new Mention(i, j, person, person ? titles(i) : Set.of()));
            i = j;
        }
    }

    /** Title words just before a person's name: "Deputy Foreign Minister", "NATO Secretary-General". */
    private Set<String> titles(int nameStart) {
        Set<String> out = new HashSet<>();
        for (int k = nameStart - 1; k >= Math.max(0, nameStart - 5); k--) {
            Token x = d.tokens.get(k);
            if (!Character.isUpperCase(x.word().charAt(0)) && !x.pos().equals("HYPH")) break;
            if (x.ner().equals("PERSON") || x.pos().equals("POS")) break;
            for (String part : x.word().toLowerCase().split("-")) out.add(part);
            out.add(x.lemma().toLowerCase());
        }
        return out;
    }

    /**
     * The antecedent token range of the speaker phrase {@code src}, or null when it names the speaker
     * itself or nothing fits. Updates the last-speaker memory.
     */
    int[] resolve(int[] src) {
        Token head = d.tokens.get(src[1] - 1);
        String w = head.word().toLowerCase();
        int[] ante = null;
        boolean person;
        if (src[1] - src[0] == 1 && (w.equals("he") || w.equals("she"))) {
            Genders.Gender g = Genders.ofPronoun(w);
            ante = recentSpeaker(src[0], true);
            if (ante != null && !Genders.agree(g, gender(ante))) ante = null;
            if (ante == null) ante = nearestMention(src[0], true, g);
            person = true;
        } else if (src[1] - src[0] == 1 && (w.equals("they") || w.equals("it"))) {
            ante = recentSpeaker(src[0], false);
            if (ante == null) ante = nearestMention(src[0], false, Genders.Gender.UNKNOWN);
            person = false;
        } else if (isDescription(src)) {
            ante = titled(src[0], head);
            person = ante != null;
        } else {
            person = isPerson(src);
            ante = person ? fullName(src) : null;
            if (ante != null && ante[0] == src[0] && ante[1] == src[1]) ante = null;
        }
        int[] speaker = ante != null ? ante : src;
        if (!(src[1] - src[0] == 1 && (w.equals("i") || w.equals("we") || w.equals("you")))) {
            lastSpeaker = speaker;
            lastSpeakerPerson = person;
        }
        return ante;
    }

    private int[] recentSpeaker(int at, boolean person) {
        if (lastSpeaker == null || lastSpeakerPerson != person || lastSpeaker[0] >= at) return null;
        int dist = d.sentenceOf[at] - d.sentenceOf[lastSpeaker[0]];
        return dist <= RECENT_SENTENCES ? lastSpeaker : null;
    }

    /**
     * The first matching mention in the pronoun's sentence before it, else in the nearest sentence before;
     * a person must not have the other gender than {@code g} asks for.
     */
    private int[] nearestMention(int at, boolean person, Genders.Gender g) {
        int sentence = d.sentenceOf[at];
        for (int s = sentence; s >= Math.max(0, sentence - LOOKBACK_SENTENCES); s--) {
            for (Mention m : mentions) {
                if (m.start >= at) break;
                if (d.sentenceOf[m.start] != s || m.person != person || d.quoteOf[m.start] >= 0) continue;
                if (!person) return new int[] {m.start, m.end};
                int[] full = fullName(new int[] {m.start, m.end});
                if (Genders.agree(g, gender(full))) return full;
            }
        }
        return null;
    }

    private Genders.Gender gender(int[] mention) {
        return Genders.of(d.tokens, mention[0], mention[1]);
    }

    private boolean isDescription(int[] src) {
        Token first = d.tokens.get(src[0]);
        if (!first.pos().equals("DT") && !first.pos().equals("PRP$")) return false;
        for (int i = src[0]; i < src[1]; i++) {
            if (Phrases.isProper(d.tokens.get(i))) return false;
        }
        return Phrases.isNoun(d.tokens.get(src[1] - 1));
    }

    /** The last person named with the title {@code head} names ("the minister", "the president"). */
    private int[] titled(int at, Token head) {
        String title = head.lemma().toLowerCase();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start < at && m.person && m.titles.contains(title)) return fullName(new int[] {m.start, m.end});
        }
        return null;
    }

    private boolean isPerson(int[] src) {
        for (int i = src[0]; i < src[1]; i++) {
            if (d.tokens.get(i).ner().equals("PERSON")) return true;
        }
        return false;
    }

    /** The longest earlier person mention ending in the same word ("Stoltenberg" -> "Jens Stoltenberg"). */
    private int[] fullName(int[] src) {
        int last = src[1] - 1;
        while (last > src[0] && !d.tokens.get(last).ner().equals("PERSON")) last--;
        int first = last;
        while (first > src[0] && d.tokens.get(first - 1).ner().equals("PERSON")) first--;
        String surname = d.tokens.get(last).word();
        int[] best = new int[] {first, last + 1};
        for (Mention m : mentions) {
            if (m.start >= src[0]) break;
            if (m.person && d.tokens.get(m.end - 1).word().equals(surname) && m.end - m.start > best[1] - best[0]) {
                best = new int[] {m.start, m.end};
            }
        }
        return best;
    }
}

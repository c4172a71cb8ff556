package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.quote.Attribution;
import org.newsgraph.extract.quote.Source;
import org.newsgraph.extract.quote.Span;

/**
 * What a pronoun stands for, in one article: the statement finder's own resolution when the pronoun names a
 * speaker; "we" and "I" inside a quote are its speaker; "he"/"she" the nearest person named before;
 * "they"/"it" the nearest organisation, country, government or group named before. Not thread-safe.
 */
final class Pronouns {

    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> COLLECTIVE = Set.of("they", "their", "them", "it", "its");
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "i", "my");
    private static final int REACH = 600;

    private final List<Mention> mentions;
    private final List<Attribution> attributions;

    /** Names that modify a noun after "a" or "an", which a third-person pronoun does not stand for. */
    private final Set<Mention> modifiers;

    /**
     * @param mentions  the article's mentions, sorted by offset
     * @param modifiers those of them that modify a noun after "a" or "an" ({@link #modifiers(List, String, Set)})
     */
    Pronouns(List<Mention> mentions, Set<Mention> modifiers, List<Attribution> attributions, String text) {
        this.mentions = new java.util.ArrayList<>(mentions);
        this.modifiers = modifiers;
        this.attributions = attributions;
        this.text = text;
    }

    /** The article's text. */
    private final String text;

    /**
     * The mentions that may be antecedents: not a name glued by a hyphen into a modifier ("the one-China principle",
     * "US-led forces"), which names no party a later "its" or "they" could refer to.
     */
    static List<Mention> antecedents(List<Mention> mentions, String text) {
        return mentions.stream().filter(m -> !(m.begin() > 0 && text.charAt(m.begin() - 1) == '-'
                || m.end() < text.length() && text.charAt(m.end()) == '-')).toList();
    }

    /**
     * The mentions among {@code mentions} that modify a noun after "a" or "an" ("a close US ally", "an EU member"), or
     * after "the" right before a plural common noun, whose offsets are {@code pluralNouns} ("flouted the UN sanctions in
     * force since its invasion of Kuwait": the sanctions' maker, not the party the pronoun stands for).
     */
    static Set<Mention> modifiers(List<Mention> mentions, String text, Set<Integer> pluralNouns) {
        Set<Mention> out = new java.util.HashSet<>();
        Mention before = null;
        for (Mention m : mentions) {
            if (INDEFINITE.matcher(text.substring(Math.max(0, m.begin() - 24), m.begin())).find()) {
                out.add(m);
            }
            if (m.end() + 1 < text.length() && text.charAt(m.end()) == ' ' && pluralNouns.contains(m.end() + 1)
                    && DEFINITE.matcher(text.substring(Math.max(0, m.begin() - 24), m.begin())).find()) {
                out.add(m);
            }
            if (before != null && before.type() == MentionType.PERSON && before.end() < m.begin() && m.end() < text.length()
                    && APPOSITIVE.matcher(text.substring(before.end(), m.begin())).matches() && text.charAt(m.end()) == ',') {
                out.add(m); // "Megawati, daughter of founding president Sukarno, said ... she": the person described, not Sukarno
            }
            before = m.type() == MentionType.TITLE ? before : m; // a title inside the description is one of its words
        }
        return out;
    }

    /** The words between a person's name and a name in the phrase that describes the person ("Megawati, daughter of"). */
    private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(",\\s+([a-z][a-z-]*\\s+){1,6}");

    /** "a close US ally", "an EU member": a name after an indefinite article modifies the noun that follows it. */
    private static final java.util.regex.Pattern INDEFINITE = java.util.regex.Pattern.compile("(?i)(^|\\s)an?\\s+([a-z-]+\\s+)?$");

    /** "the" right before a name. */
    private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile("(?i)(^|\\s)the\\s+$");

    /** Makes more mentions (a sentence's group candidates) available as antecedents. */
    void add(List<Mention> more) {
        mentions.addAll(more);
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
    }

    Mention resolve(Token pronoun) {
        return resolve(pronoun, null);
    }

    /**
     * As {@link #resolve(Token)}, passing over {@code notThis} and names of the same party: an object pronoun does not
     * stand for its own clause's subject ("Wolfowitz, who congratulated him": not Wolfowitz).
     */
    Mention resolve(Token pronoun, Mention notThis) {
        String w = pronoun.word().toLowerCase(Locale.ROOT);
        for (Attribution a : attributions) {
            for (Source s : a.sources()) {
                if (s.antecedent() != null && s.span().contains(pronoun.begin())) {
                    return at(s.antecedent());
                }
            }
        }
        if (FIRST_PERSON.contains(w)) {
            for (Attribution a : attributions) {
                if (a.content().contains(pronoun.begin()) && !a.sources().isEmpty()) {
                    Span speaker = a.sources().get(0).speakerSpan();
                    Mention body = FIRST_PLURAL.contains(w) ? bodySpokenFor(speaker) : null;
                    return body != null ? body : at(speaker);
                }
            }
            return null;
        }
        boolean personal = PERSONAL.contains(w);
        if (!personal && !COLLECTIVE.contains(w)) {
            return null;
        }
        Mention best = null;
        Mention opening = null; // the candidate that opens the pronoun's sentence, if one does
        int sentence = sentenceStart(pronoun.begin());
        for (Mention m : mentions) {
            if (m.end() > pronoun.begin()) {
                break;
            }
            boolean fits = personal ? m.type() == MentionType.PERSON
                    : m.type() == MentionType.ORGANISATION || m.type() == MentionType.COUNTRY
                    || m.type() == MentionType.GOVERNMENT || m.type() == MentionType.GROUP
                    || m.type() == MentionType.CITY && ParticipantChecks.isCapital(m) && w.startsWith("it") // "blasted Ankara for
                                                                                                                // its criticism"
                    || m.type() == MentionType.NATIONALITY && w.startsWith("the") && people(m); // "the Serbs ... they called for"
            if (fits && agrees(w, m) && !modifiers.contains(m) && pronoun.begin() - m.end() < REACH && (notThis == null || !ParticipantChecks.same(m, notThis))) {
                best = m;
                if (m.begin() >= sentence && OPENING.matcher(text.substring(sentence, m.begin())).matches()) {
                    opening = m;
                }
            }
        }
        if ((w.equals("it") || w.equals("they") || personal) && opening != null && best != opening && best.begin() > sentence
                && AFTER_PREPOSITION.matcher(text.substring(sentence, best.begin())).find()) {
            return opening; // "Japan's ties with communist China remain strained ..., when it invaded": the sentence's subject
        }
        if (personal && text != null && opening != null && best != opening && best.begin() > opening.end()) {
            String between = text.substring(opening.end(), best.begin());
            if (between.startsWith(",") && between.indexOf(',', 1) < 0 && text.substring(best.end(), pronoun.begin()).contains(",")) {
                return opening; // "Marco Antonio Hiart, the youngest of Pinochet's five children, told ..., as he blasted": a name
            }                   // inside the aside describing the sentence's subject is not the one the pronoun stands for
        }
        if (personal && text != null && best != null && best.begin() >= sentence && text.substring(best.end(), pronoun.begin()).trim().equals(",")
                && AFTER_PREPOSITION.matcher(text.substring(sentence, best.begin())).find()) {
            return opening; // "before her meeting with Barroso, he visited": the name in the phrase before the subject is not it
        }
        return best;
    }

    /** Where the sentence holding offset {@code at} begins, as far as the text's punctuation tells. */
    private int sentenceStart(int at) {
        if (text == null) {
            return at;
        }
        int start = 0;
        for (String end : List.of(". ", "? ", "! ", "\n")) {
            int i = text.lastIndexOf(end, at - 1);
            if (i >= 0) {
                start = Math.max(start, i + end.length());
            }
        }
        return start;
    }

    /** What may stand before the name that opens a sentence: nothing, or "The", past a quotation its speaker follows. */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "\\s*(\"[^\"]*\"\\s*,?\\s*|\u201c[^\u201d]*\u201d\\s*,?\\s*)?(The\\s+)?");

    /** A name right after a preposition, past up to two modifiers ("with communist China"). */
    private static final java.util.regex.Pattern AFTER_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)(^|\\s)(with|against|to|from|toward|towards)\\s+([a-z-]+\\s+){0,2}$");

    /** A nationality named in the plural ("the Serbs", "Palestinians"): a people, not a modifier. */
    private static boolean people(Mention m) {
        return m.text().endsWith("s") && !m.text().endsWith("ss") && !m.text().contains(" ");
    }

    /**
     * Whether a group named by a common noun agrees in number with the pronoun: "their choice" is the opposition parties',
     * not the city council's; names agree with both ("the EU ... they").
     */
    private static boolean agrees(String pronoun, Mention m) {
        if (m.type() != MentionType.GROUP) {
            return true;
        }
        String last = m.text().substring(m.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        boolean plural = last.endsWith("s") && !last.endsWith("ss") || Set.of("people", "police", "men", "women", "children",
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both").contains(last) || last.matches("\\d+");
        return Set.of("it", "its").contains(pronoun) ? !plural : !Set.of("they", "their", "them").contains(pronoun) || plural;
    }

    /** The mention that best covers a span, or null. */
    /**
     * "armed forces spokesman, Colonel Anisur Rahman", "State Department spokesman Sean McCormack": the body a speaker
     * described as its spokesman or official speaks for, named in the description before that word; null otherwise. A
     * "we" in the quote is that body.
     */
    private Mention bodySpokenFor(Span span) {
        if (text == null || span.end() > text.length()) {
            return null;
        }
        int from = Math.max(0, span.begin() - 80);
        java.util.regex.Matcher role = SPOKESMAN.matcher(text.substring(from, span.end()));
        int roleAt = -1;
        int roleEnd = -1;
        while (role.find()) {
            roleAt = from + role.start();
            roleEnd = from + role.end();
        }
        if (roleAt < 0 || roleEnd > span.begin() && roleAt < span.begin()
                || roleEnd <= span.begin() && !TITLE_GAP.matcher(text.substring(roleEnd, span.begin())).matches()) {
            return null; // "State Department spokesman Sean McCormack", "armed forces spokesman, Colonel Anisur Rahman"
        }
        Mention body = null;
        for (Mention m : mentions) {
            if (m.end() <= roleAt && m.begin() >= from && BODIES.contains(m.type())) {
                body = m;
            }
        }
        return body != null && text.substring(body.end(), roleAt).isBlank() ? body : null;
    }

    /** What may stand between "spokesman" and the name: a comma and a title ("spokesman, Colonel Anisur Rahman"). */
    private static final java.util.regex.Pattern TITLE_GAP = java.util.regex.Pattern.compile(",?\\s+([A-Z][a-z.]+\\s+){0,3}");

    private static final Set<String> FIRST_PLURAL = Set.of("we", "our", "us");
    private static final java.util.regex.Pattern SPOKESMAN = java.util.regex.Pattern.compile(
            "\\b(spokesman|spokeswoman|spokesperson)\\b");
    private static final Set<MentionType> BODIES = Set.of(MentionType.ORGANISATION, MentionType.GOVERNMENT, MentionType.GROUP);

    Mention at(Span span) {
        Mention best = null;
        Mention title = null;
        int bestOverlap = 0;
        for (Mention m : mentions) {
            int overlap = Math.min(m.end(), span.end()) - Math.max(m.begin(), span.begin());
            if (overlap > bestOverlap && m.type() != MentionType.TITLE) {
                best = m;
                bestOverlap = overlap;
            } else if (overlap > 0 && m.type() == MentionType.TITLE && title == null) {
                title = m;
            }
        }
        return best != null ? best : title;
    }
}

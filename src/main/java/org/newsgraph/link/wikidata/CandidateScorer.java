package org.newsgraph.link.wikidata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.link.EntityKind;
import org.newsgraph.link.EntityResolver;

/**
 * Scores how likely a Wikidata item is the entity an article names, from 0 to 1: a weighted sum of name
 * similarity (article name against the English label and aliases), type (instance-of: human for persons, an
 * organisation-like class for organisations) and context (words of the item's description that the article
 * uses near the entity: titles, countries, organisations, demonyms). An item of the wrong type scores 0.
 *
 * <p>Persons lean on context, because many people share a name; organisations on the name and type, because a
 * full organisation name rarely names two things. Stateless and thread-safe.
 */
final class CandidateScorer {

    /** Wikidata classes whose instances are organisations for the type score. Their subclasses are not fetched. */
    static final Set<String> ORGANISATION_CLASSES = Set.of(
            "Q43229", // organization
            "Q4830453", // business
            "Q783794", // company
            "Q891723", // public company
            "Q6881511", // enterprise
            "Q7278", // political party
            "Q7210356", // political organization
            "Q484652", // international organization
            "Q245065", // intergovernmental organization
            "Q1127126", // military alliance
            "Q327333", // government agency
            "Q2659904", // government organization
            "Q192350", // ministry
            "Q163740", // nonprofit organization
            "Q79913", // non-governmental organization
            "Q48204", // voluntary association
            "Q15911314", // association
            "Q178790", // trade union
            "Q1331793", // media company
            "Q11032", // newspaper
            "Q192283", // news agency
            "Q1616075", // television station
            "Q22687", // bank
            "Q3918", // university
            "Q31855", // research institute
            "Q17127659", // terrorist organization
            "Q176799"); // military unit

    /** Classes that are never the thing a news article names: names, pages about pages. */
    static final Set<String> REJECTED_CLASSES = Set.of(
            "Q4167410", // Wikimedia disambiguation page
            "Q4167836", // Wikimedia category
            "Q13406463", // Wikimedia list article
            "Q11266439", // Wikimedia template
            "Q101352", // family name
            "Q202444", // given name
            "Q13442814"); // scholarly article

    static final String HUMAN = "Q5";

    private static final Set<String> STOP = new HashSet<>(Arrays.asList(
            "the", "and", "for", "from", "with", "who", "was", "has", "had", "his", "her", "its", "their", "since",
            "born", "former", "current", "member", "also", "not", "but", "into", "about", "during", "than"));

    /** A candidate with its score and the parts it is made of. */
    record Scored(Candidate candidate, double score, double name, double type, double context) {
    }

    Scored score(EntityKind kind, String name, Set<String> context, Candidate c) {
        double type = type(kind, c);
        double n = nameSimilarity(name, c);
        Set<String> own = words(name);
        Set<String> desc = words(c.description());
        desc.removeAll(own); // the entity's own name in a description proves nothing
        int hits = 0;
        for (String d : desc) {
            if (context.stream().anyMatch(w -> sameWord(w, d))) {
                hits++;
            }
        }
        double ctx = Math.min(1.0, hits / 2.0);
        if (type == 0) {
            return new Scored(c, 0, n, type, ctx);
        }
        double s = kind == EntityKind.PERSON
                ? 0.45 * n + 0.25 * type + 0.30 * ctx
                : 0.55 * n + 0.30 * type + 0.15 * ctx;
        return new Scored(c, s, n, type, ctx);
    }

    static double type(EntityKind kind, Candidate c) {
        Set<String> classes = c.instanceOf();
        if (classes.stream().anyMatch(REJECTED_CLASSES::contains)) {
            return 0;
        }
        if (kind == EntityKind.PERSON) {
            return classes.contains(HUMAN) ? 1 : 0;
        }
        if (classes.contains(HUMAN)) {
            return 0;
        }
        if (classes.stream().anyMatch(ORGANISATION_CLASSES::contains)) {
            return 1;
        }
        return classes.isEmpty() ? 0.3 : 0.5;
    }

    /** 1 for the same name up to case, diacritics and punctuation; less for partial and misspelt ones. */
    static double nameSimilarity(String name, Candidate c) {
        String n = fold(name);
        List<String> forms = new ArrayList<>();
        forms.add(c.label());
        forms.addAll(c.aliases());
        double best = 0;
        for (String f : forms) {
            String x = fold(f);
            if (x.isEmpty()) {
                continue;
            }
            if (x.equals(n)) {
                return 1;
            }
            best = Math.max(best, Math.max(bigramDice(n, x), tokenOverlap(n, x)));
        }
        return best;
    }

    /** Shared words over the words of the longer name: "stoltenberg" against "jens stoltenberg" is 0.5. */
    static double tokenOverlap(String a, String b) {
        Set<String> ta = new HashSet<>(List.of(a.split(" ")));
        Set<String> tb = new HashSet<>(List.of(b.split(" ")));
        int max = Math.max(ta.size(), tb.size());
        ta.retainAll(tb);
        return (double) ta.size() / max;
    }

    /** Dice coefficient of the character bigrams: tolerant of small spelling differences. */
    static double bigramDice(String a, String b) {
        List<String> x = bigrams(a);
        List<String> y = new ArrayList<>(bigrams(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int total = x.size() + y.size();
        int common = 0;
        for (String g : x) {
            if (y.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / total;
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /** Lower-case content words of a text: no diacritics, digits, stop words or words under three letters. */
    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : fold(text == null ? "" : text).split(" ")) {
            if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * {@link EntityResolver#normalise} and the Latin letters that carry no combining mark to strip
     * ("Wałęsa" and "Walesa" are the same name in English text).
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case 'ł', 'Ł' -> b.append('l');
                case 'ø', 'Ø' -> b.append('o');
                case 'đ', 'Đ' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                default -> b.append(c);
            }
        }
        return EntityResolver.normalise(b.toString());
    }

    /** The same word, or one a longer form of the other ("president", "presidential"). */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5 && longer.startsWith(shorter);
    }
}

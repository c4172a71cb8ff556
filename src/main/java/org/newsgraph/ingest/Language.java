package org.newsgraph.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * The extraction models are English only. An article declared in another language, or whose text has
 * almost none of the commonest English words, is refused rather than turned into a graph of noise.
 */
public final class Language {

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "with", "said", "was", "by", "as", "at", "it", "from", "has", "have", "be", "are", "were", "he", "she",
            "his", "her", "they", "their", "this", "an", "not", "will", "would", "after", "its", "which", "who");
    /** Function words of other languages written in Latin script that are not also English words. */
    private static final Set<String> FOREIGN = Set.of("der", "das", "und", "ist", "nicht", "mit", "von", "sich", "des",
            "auf", "für", "dem", "le", "la", "les", "et", "est", "une", "du", "que", "qui", "pour", "dans", "sur", "el",
            "los", "las", "y", "por", "para", "una", "del", "il", "di", "che", "è", "gli", "della", "het", "een", "niet",
            "zijn", "os", "não", "em", "uma", "dos", "och", "att", "är", "nie", "się", "jest", "że");
    private static final int MIN_WORDS = 20;

    private Language() {
    }

    /** Why the article cannot be processed as English, or null when it can. */
    public static String notEnglish(Article a) {
        String lang = a.language();
        if (lang != null && !lang.isBlank() && !lang.toLowerCase(Locale.ROOT).startsWith("en")) {
            return "language '" + lang + "' is not supported (English only)";
        }
        String[] words = a.body().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int total = 0;
        int english = 0;
        int foreign = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                total++;
                if (ENGLISH.contains(w)) {
                    english++;
                } else if (FOREIGN.contains(w)) {
                    foreign++;
                }
            }
        }
        boolean fewEnglish = english * 100 < total * 5;
        boolean moreForeign = foreign >= 3 && foreign > english;
        if (total >= MIN_WORDS && (fewEnglish || moreForeign)) {
            return "the text does not look like English (" + english + " of " + total
                    + " words are common English words); only English is supported";
        }
        return null;
    }
}

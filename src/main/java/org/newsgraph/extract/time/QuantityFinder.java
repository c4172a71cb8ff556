package org.newsgraph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds counted amounts in a text: "over 12,000 troops" (12000, troops, over), "$2.5 billion" (2.5e9, USD),
 * "3 percent", "two dozen soldiers" (24), "thousands of people" (1000, people, thousands). Years, dates, clock
 * times and amounts of time ("two weeks", left to {@link TimeFinder}) are not quantities.
 * <p>
 * Thread-safe and reusable. Offsets are UTF-16 char indices into the text, end exclusive.
 */
public final class QuantityFinder {

    private static final String MODIFIER = "(?:well\\s+over|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most"
            + "|up\\s+to|as\\s+many\\s+as|as\\s+few\\s+as|upwards\\s+of|close\\s+to|an\\s+estimated|over|about|around"
            + "|nearly|almost|some|roughly|approximately|only|just|under|below|above|estimated|exactly)";
    private static final String DIGIT_NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
    private static final String WORD_NUMBER = "(?:" + NumberWords.CARDINAL + ")(?:\\s+(?:dozen|hundred))?|a\\s+dozen";
    private static final String SCALE = "(?:thousand|million|billion|trillion|bn)";
    private static final String VAGUE = "(?:tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|dozens|hundreds|thousands"
            + "|millions|billions)\\s+of";
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\w\\-/.:,$€£])(?:(" + MODIFIER + ")\\s+)?(?:(" + VAGUE + ")|([$€£])?\\s?(?:(" + DIGIT_NUMBER + ")|("
                    + WORD_NUMBER + "))(?:[\\s-]*(" + SCALE + "))?(?:\\s*(%|percent|per\\s+cent|percentage\\s+points?))?)"
                    + "(?![\\w/]|[.,:]\\d)",
            Pattern.CASE_INSENSITIVE);
    /** The noun after the number, optionally after one capitalised or hyphenated adjective ("12,000 Russian troops"). */
    private static final Pattern UNIT = Pattern.compile("^\\s+(?:([A-Z][a-z]+|[a-z]+-[a-z]+)\\s+)?([a-z][a-z]+)\\b");
    private static final Pattern TIME_UNIT = Pattern.compile(
            "(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?");
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?-i:" + Lexicon.MONTH_NAME + ")\\s*$");
    private static final Pattern MONTH_AFTER = Pattern.compile("^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?-i:"
            + Lexicon.MONTH_NAME + ")");
    private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s*(?:a\\.m|p\\.m|am\\b|pm\\b|o'clock|GMT|EST)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_UNITS = Set.of("of", "and", "or", "to", "in", "on", "at", "by", "for", "from",
            "with", "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "said", "says", "that", "which", "who", "as", "per", "than", "it", "its", "this", "these", "those", "more",
            "less", "but", "after", "before", "when", "while", "into", "over", "under", "since", "until", "if", "so",
            "could", "can", "may", "might", "should", "do", "did", "not", "also", "such", "other", "each");
    private static final Map<String, String> CURRENCY = Map.of("$", "USD", "€", "EUR", "£", "GBP", "dollars", "USD",
            "dollar", "USD", "euros", "EUR", "euro", "EUR", "yuan", "CNY", "yen", "JPY");
    private static final Map<String, Double> VAGUE_VALUES = Map.of("tens of thousands", 10_000d,
            "hundreds of thousands", 100_000d, "dozens", 12d, "hundreds", 100d, "thousands", 1000d,
            "millions", 1_000_000d, "billions", 1_000_000_000d);

    /** Quantities of {@code text} in text order, none overlapping. */
    public List<QuantityMention> find(String text) {
        List<QuantityMention> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(text);
        while (m.find()) {
            QuantityMention q = build(text, m);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    private static QuantityMention build(String text, Matcher m) {
        String modifier = m.group(1) == null ? null : normal(m.group(1));
        String vague = m.group(2) == null ? null : normal(m.group(2)).replaceFirst(" of$", "");
        String currency = m.group(3);
        String digits = m.group(4);
        String words = m.group(5);
        String scale = m.group(6);
        String percent = m.group(7);
        double value;
        if (vague != null) {
            value = VAGUE_VALUES.get(vague);
            modifier = modifier == null ? vague : modifier + " " + vague;
        } else if (digits != null) {
            value = Double.parseDouble(digits.replace(",", ""));
        } else {
            value = NumberWords.parse(words);
            if (Double.isNaN(value) || value < 2 && !words.toLowerCase(Locale.ROOT).contains("dozen")) {
                return null;
            }
        }
        value *= scale == null ? 1 : scaleOf(scale);
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (isDatePart(before, after, digits, value, modifier, currency, scale, percent)) {
            return null;
        }
        int end = m.end();
        String unit = null;
        if (currency != null) {
            unit = CURRENCY.get(currency);
        } else if (percent != null) {
            unit = "percent";
        } else {
            Matcher u = UNIT.matcher(after);
            if (u.find() && !NOT_UNITS.contains(u.group(2))) {
                if (TIME_UNIT.matcher(u.group(2)).matches() && u.group(1) == null) {
                    return null;
                }
                unit = CURRENCY.getOrDefault(u.group(2), u.group(2));
                end = m.end() + u.end();
            } else if (words != null || vague != null) {
                return null; // "two of them": a spelled number needs its noun
            }
        }
        int begin = m.start();
        return new QuantityMention(begin, end, text.substring(begin, end), value, unit, modifier);
    }

    /**
     * Whether a bare number is a year, a day of a month, part of a clock time or of a compound adjective
     * ("45-year-old", "12-member") rather than a quantity.
     */
    private static boolean isDatePart(String before, String after, String digits, double value, String modifier,
                                      String currency, String scale, String percent) {
        if (currency != null || scale != null || percent != null) {
            return false;
        }
        if (CLOCK_AFTER.matcher(after).find() || after.matches("(?s)-[A-Za-z].*")) {
            return true;
        }
        if (digits == null) {
            return false;
        }
        boolean year = digits.matches("1[89]\\d\\d|20\\d\\d");
        return year && modifier == null || digits.length() <= 2 && (MONTH_BEFORE.matcher(before).find()
                || MONTH_AFTER.matcher(after).find());
    }

    private static double scaleOf(String scale) {
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion", "bn" -> 1e9;
            default -> 1e12;
        };
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}

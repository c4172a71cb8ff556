package org.newsgraph.extract.time;

import java.util.Locale;
import java.util.Map;

/**
 * Spelled-out numbers shared by the time and quantity finders: regex fragments (to be embedded in
 * case-insensitive patterns) and their values. Stateless.
 */
final class NumberWords {

    private static final String DIGIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String SMALL = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|"
            + DIGIT_WORDS + "|zero";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A spelled cardinal below one hundred ("four", "twenty-four", "twenty four"), or "a hundred". */
    static final String CARDINAL = "(?:(?:" + TENS + ")(?:[- ](?:" + DIGIT_WORDS + "))?|" + SMALL + "|(?:a|one) hundred)";

    /** Words for an unknown count: the value of such a phrase is NaN, except "a couple (of)", which is 2. */
    static final String VAGUE = "(?:a few|a couple of|a couple|couple of|few|several|many|some|a number of)";

    /** A digit number with an optional decimal part or "1/2" fraction. */
    static final String DIGITS = "(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?)";

    private static final Map<String, Integer> VALUES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("couple", 2), Map.entry("hundred", 100), Map.entry("dozen", 12),
            Map.entry("thousand", 1000), Map.entry("million", 1_000_000), Map.entry("billion", 1_000_000_000));

    private NumberWords() {
    }

    /**
     * The value of a count phrase: digits ("24", "2.5", "5 1/2", "12,000"), spelled numbers ("twenty-four",
     * "a hundred", "two dozen"), or NaN for vague words ("several") and anything unparsable.
     */
    static double parse(String phrase) {
        String s = phrase.trim().toLowerCase(Locale.ROOT).replace(",", "")
                .replaceFirst("^(?:a\\s+)?couple(?:\\s+of)?$", "couple"); // TimeBank reads "a couple of" as two
        if (s.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(s);
        }
        if (s.matches("\\d+\\s+1/2")) {
            return Double.parseDouble(s.substring(0, s.indexOf(' '))) + 0.5;
        }
        double total = 0;
        double current = 0;
        boolean any = false;
        for (String w : s.split("[\\s-]+")) {
            Integer v = VALUES.get(w);
            if (v == null) {
                return Double.NaN;
            }
            any = true;
            if (v == 100 || v == 12 && current > 0) {
                current = Math.max(current, 1) * v;
            } else if (v >= 1000) {
                total += Math.max(current, 1) * v;
                current = 0;
            } else {
                current += v;
            }
        }
        return any ? total + current : Double.NaN;
    }
}

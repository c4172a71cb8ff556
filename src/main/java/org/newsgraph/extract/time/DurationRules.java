package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.newsgraph.extract.time.Lexicon.APPROX;
import static org.newsgraph.extract.time.Lexicon.WEEKDAY;

/**
 * Rules for amounts of time and what hangs on them: durations ("the past three years"), offsets ("a year ago",
 * "three days earlier"), recurrences ("each year", "daily") and the vague references PRESENT_REF, PAST_REF and
 * FUTURE_REF.
 */
final class DurationRules {

    private static final String COUNT = "(?:" + NumberWords.DIGITS + "|" + NumberWords.CARDINAL + "|" + NumberWords.VAGUE
            + "|a\\s+dozen|a|an)";
    private static final String UNIT = "(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur(?:y|ie))s?";
    private static final String PLURAL_UNIT = "(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)";
    private static final Pattern HALF_AFTER_COUNT = Pattern.compile("\\sand\\s+a\\s+half\\s", Pattern.CASE_INSENSITIVE);
    /** A rate before "a year" makes it a recurrence: "3 percent a year", "$50 a month", "twice a day". */
    private static final Pattern RATE_BEFORE = Pattern.compile(
            "(?:\\d|percent|%|dollars|cents|times|twice|once|million|billion|barrels|tons)\\s*$", Pattern.CASE_INSENSITIVE);

    private DurationRules() {
    }

    static void addTo(List<Rule> rules) {
        rules.add(Rule.of("(?:" + APPROX + "\\s+)?(?:the\\s+)?(?:(past|last|next|previous|coming|first|final|following"
                + "|recent|latest|remaining|initial|other)\\s+)?(" + COUNT + ")(?:-|\\s+)(?:and\\s+a\\s+half\\s+)?"
                + "(?:(?:more|additional|extra|further|consecutive|straight|successive|trading|business|working)\\s+)?("
                + UNIT + ")(\\s+and\\s+a\\s+half)?(?!-old|\\s+old)", DurationRules::duration));
        // "two to three weeks", "between 60 and 90 days": the first amount borrows the unit of the second
        rules.add(Rule.of("(" + NumberWords.DIGITS + "|" + NumberWords.CARDINAL + ")\\s+(?:to|and|or)\\s+(?:"
                + NumberWords.DIGITS + "|" + NumberWords.CARDINAL + ")\\s+(" + PLURAL_UNIT + ")", (m, c) -> {
            double n = NumberWords.parse(m.group(1));
            return Double.isNaN(n) ? null : Candidate.of(m.start(1), m.end(1), "DURATION",
                    durationWithHalves(n, Lexicon.unitLetter(m.group(2))));
        }));
        rules.add(Rule.of("(?:the\\s+)?" + PLURAL_UNIT + "\\s+ahead", DurationRules::barePlural));
        rules.add(Rule.of("(day|week|month|year|decade)s?-long", (m, c) -> Candidate.of(m.start(), m.end(), "DURATION",
                duration(m.group().contains("s-") ? Double.NaN : 1, Lexicon.unitLetter(m.group(1))))));
        rules.add(Rule.of("the\\s+(?:near|short)\\s+term", (m, c) -> Candidate.of(m.start(), m.end(), "DATE", "FUTURE_REF")));
        rules.add(Rule.of("(?:the\\s+)?(?:past|last|next|coming|recent)\\s+" + PLURAL_UNIT, DurationRules::barePlural));
        rules.add(Rule.of("(?:" + APPROX + "\\s+)?(?:(" + COUNT + ")(?:-|\\s+))?(" + UNIT + ")\\s+(ago|earlier|later|before"
                + "|after|previously|from\\s+now|hence|prior)", DurationRules::offset));
        rules.add(Rule.of("(?:for|within|in|over)\\s+(" + PLURAL_UNIT + "|(?<=over\\s)the\\s+years)", (m, c) -> {
            Candidate plural = barePlural(m, c); // the preposition is a signal, outside the span
            return plural == null ? null : Candidate.of(m.start(1), m.end(1), plural.type(), plural.value());
        }));
        rules.add(Rule.of("(?:each|every|per)\\s+(day|night|week|month|quarter|year|morning|evening|" + WEEKDAY + ")",
                DurationRules::everyUnit));
        rules.add(Rule.of("(?:each|every)\\s+(" + Lexicon.MONTH_NAME + ")", (m, c) -> Candidate.of(m.start(), m.end(), "SET",
                String.format("XXXX-%02d", Lexicon.month(m.group(1))))));
        rules.add(Rule.of("daily|weekly|monthly|yearly|nightly|hourly", (m, c) -> Candidate.of(
                m.start(), m.end(), "SET", setOf(m.group().toLowerCase(Locale.ROOT).replaceFirst("ly$", "")))));
        rules.add(Rule.of("now|currently|nowadays|presently|at\\s+present|the\\s+present|current(?!\\s+account)"
                + "|these\\s+days|at\\s+the\\s+moment", (m, c) -> discourseNow(m, c) ? null
                : Candidate.of(m.start(), m.end(), "DATE", "PRESENT_REF")));
        rules.add(Rule.of("recently|recent\\s+(?:years|times)|lately"
                + "|the\\s+past|long\\s+ago|once\\s+upon\\s+a\\s+time", (m, c) -> Candidate.of(m.start(), m.end(), "DATE",
                "PAST_REF")));
        // "soon" with a future verb ("may soon seek", "it soon will begin"); "as soon as", "soon after" are signals
        rules.add(Rule.of("(?<=\\b(?:will|'ll|may|might|could|should|would|to)\\s)soon|soon(?=\\s+will\\b)",
                (m, c) -> Candidate.of(m.start(), m.end(), "DATE", "FUTURE_REF")));
        rules.add(Rule.of("the\\s+(?:near\\s+)?future|someday", (m, c) -> Candidate.of(m.start(), m.end(), "DATE",
                "FUTURE_REF")));
    }

    /** Sentence-initial "Now," is a discourse marker (it turns the argument), not a time. */
    private static boolean discourseNow(Matcher m, TimeContext c) {
        return m.group().equals("Now") && c.text.startsWith(",", m.end())
                && SENTENCE_START.matcher(c.text.substring(Math.max(0, m.start() - 4), m.start())).find();
    }

    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s*[\"'`]*\\s+|\\n\\s*|^\\s*[\"'`]+)$");

    /** TIMEX3 duration for n units; NaN n gives the X placeholder ("several years" is PXY). */
    static String duration(double n, char unit) {
        boolean vague = Double.isNaN(n);
        return switch (unit) {
            case 'S' -> "PT" + number(n) + "S";
            case 'N' -> "PT" + number(n) + "M";
            case 'H' -> "PT" + number(n) + "H";
            case 'Q' -> vague ? "PXQ" : "P" + number(3 * n) + "M";
            case 'E' -> vague ? "PXY" : "P" + number(10 * n) + "Y";
            case 'C' -> vague ? "PXC" : "P" + number(100 * n) + "Y";
            default -> "P" + number(n) + unit;
        };
    }

    private static String number(double n) {
        if (Double.isNaN(n)) {
            return "X";
        }
        return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    }

    /** Half units spelled the TIMEX3 way: 2.5 years is P2Y6M, 5.5 hours PT5H30M; other values as {@link #duration}. */
    static String durationWithHalves(double n, char unit) {
        double whole = Math.floor(n);
        if (Double.isNaN(n) || n - whole != 0.5) {
            return duration(n, unit);
        }
        return switch (unit) {
            case 'Y' -> "P" + (long) whole + "Y6M";
            case 'D' -> "P" + (long) whole + "DT12H";
            case 'H' -> "PT" + (long) whole + "H30M";
            case 'N' -> "PT" + (long) whole + "M30S";
            default -> duration(n, unit);
        };
    }

    private static Candidate duration(Matcher m, TimeContext c) {
        String count = m.group(2).toLowerCase(Locale.ROOT);
        char unit = Lexicon.unitLetter(m.group(3));
        boolean article = count.equals("a") || count.equals("an");
        if (article && unit == 'S') {
            return null; // "a second term", "a second round": the ordinal
        }
        if (article && RATE_BEFORE.matcher(c.text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return null; // "$2 million a year", "four flights a week": a rate, which TimeBank mostly leaves untagged
        }
        if (article && unit == 'Q' && c.text.startsWith(" of", m.end())) {
            return null; // "a quarter of the market": a fraction
        }
        if (count.equals("some") || count.equals("many") && m.group(1) == null
                || count.matches("1[89]\\d\\d|20\\d\\d") || m.group().matches("(?s).*-quarters")) {
            return null;
        }
        boolean half = m.group(4) != null || HALF_AFTER_COUNT.matcher(m.group()).find(); // "two and a half years"
        double n = NumberWords.parse(count) + (half ? 0.5 : 0);
        return Candidate.of(m.start(), m.end(), "DURATION", durationWithHalves(n, unit));
    }

    private static Candidate barePlural(Matcher m, TimeContext c) {
        String word = m.group().toLowerCase(Locale.ROOT).replaceFirst("\\s+ahead$", "").replaceFirst("^the\\s+", "");
        String unitWord = word.substring(word.lastIndexOf(' ') + 1);
        boolean bare = word.equals(unitWord) || word.matches("(?:for|within|in|over)\\s+\\S+|(?:for|within|in|over)\\s+the\\s+years");
        if (word.matches("recent\\s+years") || bare && (unitWord.equals("seconds") || unitWord.equals("minutes")
                || unitWord.equals("quarters") || unitWord.equals("hours"))) {
            return null;
        }
        return Candidate.of(m.start(), m.end(), "DURATION", duration(Double.NaN, Lexicon.unitLetter(
                word.substring(word.lastIndexOf(' ') + 1))));
    }

    private static Candidate offset(Matcher m, TimeContext c) {
        String direction = m.group(3).toLowerCase(Locale.ROOT);
        if ((direction.equals("before") || direction.equals("after"))
                && !c.text.substring(m.end(), Math.min(c.text.length(), m.end() + 4))
                        .matches("(?s)\\s*(?:[.,;:)\"]|$).*")) {
            return null;
        }
        double n = m.group(1) == null ? Double.NaN : NumberWords.parse(m.group(1));
        char unit = Lexicon.unitLetter(m.group(2));
        if (m.group(1) != null && "SNHDW".indexOf(unit) >= 0 && direction.matches("later|earlier|before|after")) {
            // "three days later": TimeML tags the amount, "later" is a signal; only "ago" makes a short span a date
            return Candidate.of(m.start(), m.end(2), "DURATION", durationWithHalves(n, unit));
        }
        int sign = direction.matches("ago|earlier|before|previously|prior") ? -1 : 1;
        if (Double.isNaN(n) || n != Math.rint(n)) {
            return Candidate.of(m.start(), m.end(), "DATE", sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        int k = (int) n;
        if (unit == 'E' || unit == 'C') {
            k *= unit == 'E' ? 10 : 100;
            unit = 'Y';
        }
        if (unit == 'H' || unit == 'N' || unit == 'S') {
            unit = 'D';
            k = 0;
        }
        if (direction.equals("ago") && unit == 'Y') {
            return Candidate.anchoredToPeriod(m.start(), m.end(), sign * k, unit);
        }
        if (direction.equals("ago") || direction.startsWith("from") || direction.equals("hence")) {
            return Candidate.of(m.start(), m.end(), "DATE", TimexValues.shiftReference(c.reference, sign * k, unit));
        }
        return Candidate.anchored(m.start(), m.end(), sign * k, unit);
    }

    private static Candidate everyUnit(Matcher m, TimeContext c) {
        String word = m.group(1);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(word)) {
                return Candidate.of(m.start(), m.end(), "SET", "XXXX-WXX-" + d.getValue());
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("morning") || w.equals("evening")) {
            return Candidate.of(m.start(), m.end(), "SET", "TXX" + Lexicon.partOfDay(w));
        }
        return Candidate.of(m.start(), m.end(), "SET", setOf(w));
    }

    private static String setOf(String unitWord) {
        return switch (unitWord) {
            case "dai", "day", "night" -> "P1D";
            case "week" -> "P1W";
            case "month" -> "P1M";
            case "quarter" -> "P1Q";
            case "hour" -> "PT1H";
            default -> "P1Y";
        };
    }
}

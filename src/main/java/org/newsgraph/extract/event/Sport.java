package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.Token;

/**
 * Whether a sentence reports sport, where "attacked", "beat", "defeated", "conceded", "pulled out" or "signed" are
 * moves of a game or a transfer, not political events. Read off lower-case sport words (so "the Arab League" or
 * "the World Cup" in a political sentence do not count) and game scores ("6-0", "72-40"). Stateless.
 */
public final class Sport {

    private static final Set<String> WORDS = Set.of("match", "semifinal", "semi-final", "quarterfinal", "quarter-final",
            "final", "tournament", "innings", "wicket", "striker", "midfielder", "goalkeeper", "defender", "seed",
            "championship", "league", "coach", "goal", "header", "tiebreaker", "set", "inning", "batsman", "bowler",
            "captain", "squad", "team", "club", "player", "round", "race", "rider", "driver", "title", "cup", "medal",
            "lap", "penalty", "referee", "season", "game", "victory", "champion", "fixture", "tennis", "football",
            "soccer", "cricket", "rugby", "golf", "basketball", "baseball", "hockey", "volleyball",
            // players and strokes of cricket, golf, baseball, football and running
            "seamer", "spinner", "bowling", "birdie", "bogey", "pitcher", "infielder", "outfielder", "quarterback",
            "marathon", "sprinter", "relegation", "playmaker",
            // doping bans, American football, athletics
            "doping", "steroid", "nandrolone", "touchdown", "medalist", "medallist", "hat-trick",
            // equalising goals, and the grounds and managers of clubs
            "equalise", "equalize", "equaliser", "equalizer", "pitch", "manager",
            // ice hockey and American football positions
            "goaltender", "goalie", "netminder", "puck", "shortstop", "linebacker", "cornerback", "tailback",
            // a goal disallowed, a batsman out
            "offside", "lbw",
            // other sports and their staff ("Badminton competition demands", "called physiotherapist coming on court")
            "badminton", "athletics", "weightlifting", "weightlifter", "physiotherapist", "backhand", "forehand", "unbeaten",
            "rowing");
    /** Sport words that also occur in political news ("final status", "peace team", "a football programme"); need a second cue. */
    private static final Set<String> WEAK = Set.of("final", "set", "round", "race", "title", "team", "victory", "captain",
            "game", "season", "driver", "player", "club", "champion", "defender", "seed", "goal", "header", "cup", "lap",
            "league", "coach", "championship", "squad", "medal", "penalty", "rider", "fixture", "tennis", "football",
            "soccer", "cricket", "rugby", "golf", "basketball", "baseball", "hockey", "volleyball", "pitch", "manager", "rowing");
    /** Stages of a competition named in the plural, which political news does not use ("the World Cup finals"). */
    private static final Set<String> PLURAL_STAGES = Set.of("finals", "semifinals", "semi-finals", "quarterfinals",
            "quarter-finals", "playoffs", "play-offs");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Pattern SCORE = Pattern.compile("\\d{1,3}-\\d{1,3}");

    private Sport() {
    }

    /**
     * Whether a story is about sport: at least three of its news sentences, and at least a third of them, read
     * as sport; half of them when none has a game score or an unambiguous sport word ("the fifth round of talks"
     * and "the final set of proposals" read as sport only together with many more such sentences). Event coders leave such stories out whole: their "attacks", "clashes", "meetings" and "deals"
     * are games and transfers, and the rare political event in one is rarely worth a false one per match.
     *
     * @param inNews whether a span (UTF-16 offsets, end exclusive) is in the story's news text
     */
    public static boolean story(org.newsgraph.extract.TextAnalysis analysis, java.util.function.BiPredicate<Integer, Integer> inNews) {
        int sentences = 0;
        int sport = 0;
        boolean strong = false;
        for (org.newsgraph.extract.Sentence s : analysis.sentences()) {
            if (inNews.test(s.begin(), s.end())) {
                sentences++;
                int k = strength(analysis.tokens(s));
                sport += k > 0 ? 1 : 0;
                strong |= k == 2;
            }
        }
        return sport >= 3 && (strong ? sport * 3 >= sentences : sport * 2 >= sentences);
    }

    /** True when the sentence has a game score or a strong sport word, or two weaker ones. */
    static boolean context(List<Token> tokens) {
        return strength(tokens) > 0;
    }

    /** 2: a game score or a strong sport word; 1: two weaker sport words; 0: neither. */
    private static int strength(List<Token> tokens) {
        int weak = 0;
        boolean vote = false;
        for (Token k : tokens) {
            vote |= Moods.lemma(k).equals("vote") || k.word().equalsIgnoreCase("votes");
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token k = tokens.get(i);
            String w = k.word();
            if (SCORE.matcher(w).matches() && !w.matches("(19|20)\\d\\d-\\d+") || !vote && splitScore(tokens, i)) {
                return 2;
            }
            if ((w.equals("Test") || w.equals("Tests")) && i > 0 && !tokens.get(i - 1).word().isEmpty()
                    && Character.isLowerCase(tokens.get(i - 1).word().charAt(0))) {
                return 2; // "refused to play a Test here", "the second Test at Faisalabad": a cricket match
            }
            boolean opening = i == 0 || i == 1 && tokens.get(0).pos().equals("``"); // "Badminton competition demands"
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) && !(opening && !WEAK.contains(Moods.lemma(k).toLowerCase(java.util.Locale.ROOT)))) {
                continue;
            }
            String lemma = Moods.lemma(k).toLowerCase(java.util.Locale.ROOT);
            if (notSport(tokens, i, lemma)) {
                continue;
            }
            if (PLURAL_STAGES.contains(w) || w.equals("play") && i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")
                    && tokens.get(i + 2).word().toLowerCase(java.util.Locale.ROOT).startsWith("off")) {
                return 2; // "the World Cup finals", "the play-offs": stages of a competition
            }
            if (WORDS.contains(lemma)) {
                if (!WEAK.contains(lemma) && !w.equals("strikers")) { // striking workers are "strikers" too
                    return 2;
                }
                weak++;
            }
        }
        return weak >= 2 ? 1 : 0;
    }

    /**
     * Sport words in their other senses: "set" as a verb ("are set to appear", "setting January 2005 as the deadline"), the
     * "death penalty", and "marathon" talks or sessions.
     */
    private static boolean notSport(List<Token> t, int i, String lemma) {
        String before = i > 0 ? t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT) : "";
        String after = i + 1 < t.size() ? Moods.lemma(t.get(i + 1)) : "";
        return lemma.equals("set") && t.get(i).pos().startsWith("VB")
                || lemma.equals("penalty") && before.equals("death")
                || lemma.equals("marathon") && Set.of("session", "talk", "talks", "meeting", "negotiation", "hearing", "debate")
                        .contains(after);
    }

    /**
     * A score the tokenizer split at its hyphen ("6", "-", "3"): two numbers of one or two digits joined by a hyphen and
     * followed by a comma or "in"/"to"/"win"/"victory" as scores are ("6-3, 6-4", "won 2-1 to"), or by another one.
     */
    private static boolean splitScore(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i).pos().equals("CD") || !t.get(i + 1).word().equals("-") || !t.get(i + 2).pos().equals("CD")
                || !t.get(i).word().matches("\\d{1,2}") || !t.get(i + 2).word().matches("\\d{1,2}")) {
            return false;
        }
        String before = i > 0 ? t.get(i - 1).word().toLowerCase(java.util.Locale.ROOT).replace(".", "") : "";
        if (MONTHS.contains(before) || before.equals("from") || before.equals("between")) {
            return false; // a range of days ("on December 18-19, "), not a score
        }
        String next = i + 3 < t.size() ? t.get(i + 3).word().toLowerCase(java.util.Locale.ROOT) : ".";
        return Set.of(",", "in", "to", "win", "victory", "defeat", "loss", "draw", "and", "on", "at", "against").contains(next);
    }
}

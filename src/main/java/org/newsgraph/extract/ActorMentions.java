package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.extract.authority.AuthorityRecord;
import org.newsgraph.extract.authority.City;
import org.newsgraph.extract.authority.Country;
import org.newsgraph.extract.authority.Gazetteer;
import org.newsgraph.extract.authority.GazetteerMatch;
import org.newsgraph.extract.authority.Organisation;
import org.newsgraph.ingest.Article;

/**
 * Actor and place mentions from two sources: the authority gazetteer (countries, nationalities, cities,
 * organisations, titles: exact and already identified) and the statistical tagger (persons, and
 * organisations and places the tables do not know).
 *
 * <p>Where they overlap, a gazetteer match wins unless the tagger found a longer person or organisation
 * name around it ("Polish Radio" is an organisation, not the nationality "Polish").
 */
public final class ActorMentions implements Extractor {

    private final Gazetteer gazetteer;
    private final NerMentions ner = new NerMentions();

    public ActorMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        List<Mention> tagged = NameEchoes.withEchoes(withoutProductMakers(ner.mentions(analysis), analysis.text()),
                analysis);
        List<GazetteerMatch> matches = new ArrayList<>(gazetteer.find(analysis.tokens()));
        matches.sort(Comparator.comparingInt((GazetteerMatch m) -> m.begin() - m.end()).thenComparingInt(GazetteerMatch::begin));
        for (GazetteerMatch g : matches) {
            boolean dominated = tagged.stream().anyMatch(t -> t.overlaps(g.begin(), g.end())
                    && t.length() > g.end() - g.begin()
                    && (t.type() == MentionType.PERSON || t.type() == MentionType.ORGANISATION
                        || t.type() == MentionType.PLACE && isPlaceInside(g, t, analysis.text())));
            Mention capital = dominated ? null : capitalNamedBy(g, analysis.text());
            if (capital != null) {
                out.addMention(capital);
            } else if (!dominated) {
                int begin = g.kind() == GazetteerMatch.Kind.TITLE ? withPastPrefix(g.begin(), analysis.text()) : g.begin();
                out.addMention(new Mention(begin, g.end(), analysis.text().substring(begin, g.end()),
                        typeOf(g.kind()), idOf(g.record()), "gazetteer", 0.95));
            }
        }
        tagged.forEach(out::addMention);
    }

    /** "the Iraqi capital", "the Lebanese capital's southern suburbs": a nationality and the word capital. */
    private static final java.util.regex.Pattern THE_BEFORE = java.util.regex.Pattern.compile("(?i)\\bthe\\s+$");
    private static final java.util.regex.Pattern CAPITAL_AFTER = java.util.regex.Pattern.compile(
            "\\s+capital\\b(?!-)(?!\\s*,?\\s*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
            + "|March|April|May|June|July|August|September|October|November|December)\\b)\\p{Lu})");

    /**
     * "the Iraqi capital": a country's capital named by the country's nationality and the word "capital", read as
     * that town (a place events happen in and maps can show). Not when the town's own name follows ("the Iraqi
     * capital Baghdad", "the Iraqi capital, Baghdad"): that name is the town's mention (a day or a month after it is no name). Null when the match is no
     * such phrase or the capital is not in the town table.
     */
    private Mention capitalNamedBy(GazetteerMatch g, String text) {
        if (g.kind() != GazetteerMatch.Kind.NATIONALITY || !(g.record() instanceof Country c) || c.capitalGeonamesId() <= 0
                || !THE_BEFORE.matcher(text.substring(Math.max(0, g.begin() - 8), g.begin())).find()) {
            return null;
        }
        java.util.regex.Matcher after = CAPITAL_AFTER.matcher(text).region(g.end(), text.length());
        if (!after.lookingAt() || gazetteer.authority().city(c.capitalGeonamesId()).isEmpty()) {
            return null;
        }
        return new Mention(g.begin(), after.end(), text.substring(g.begin(), after.end()), MentionType.CITY,
                "city:" + c.capitalGeonamesId(), "gazetteer-capital", 0.9);
    }

    /** Where a title begins with the prefix of a past office glued to it: "the ex-minister" is an ex-minister. */
    private static int withPastPrefix(int begin, String text) {
        boolean prefixed = begin >= 3 && text.regionMatches(true, begin - 3, "ex-", 0, 3)
                && (begin == 3 || !Character.isLetter(text.charAt(begin - 4)));
        return prefixed ? begin - 3 : begin;
    }

    /** "Airbus A380", "Boeing 787": a maker's name right before a model number names a product, not the company. */
    private static List<Mention> withoutProductMakers(List<Mention> tagged, String text) {
        List<Mention> out = new ArrayList<>(tagged.size());
        for (Mention t : tagged) {
            if (t.type() != MentionType.ORGANISATION || !MODEL_NUMBER.matcher(text).region(t.end(), text.length()).lookingAt()) {
                out.add(t);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile(" [A-Z]{0,3}-?\\d{2,4}[A-Za-z]?\\b(?![,.]\\d)");

    /**
     * Whether a longer tagged place holds a gazetteer country, nationality or town as part of its own name
     * ("British Columbia", "New Mexico", "Walker County", "South Charleston"), so the tagged name wins. A
     * tagged span that merely runs two names together ("Minsk Belarus") does not: it must start before or at
     * the match and be a region the tables know or end in a word for an administrative area.
     */
    private boolean isPlaceInside(GazetteerMatch g, Mention t, String text) {
        if (g.kind() == GazetteerMatch.Kind.ORGANISATION || g.kind() == GazetteerMatch.Kind.TITLE
                || t.begin() > g.begin() || t.end() < g.end()) {
            return false;
        }
        String name = t.text();
        return !gazetteer.authority().regions(name).isEmpty() || !gazetteer.authority().cities(name).isEmpty()
                || AREA_WORD.matcher(name).find();
    }

    private static final java.util.regex.Pattern AREA_WORD = java.util.regex.Pattern.compile(
            "\\s(?:County|Parish|Province|District|Region|Township|Borough|Prefecture|Oblast|Valley|Island|Islands)$");

    private static MentionType typeOf(GazetteerMatch.Kind k) {
        return switch (k) {
            case COUNTRY -> MentionType.COUNTRY;
            case NATIONALITY -> MentionType.NATIONALITY;
            case CITY -> MentionType.CITY;
            case ORGANISATION -> MentionType.ORGANISATION;
            case TITLE -> MentionType.TITLE;
        };
    }

    /** The authority id a mention carries: a country's QID, an organisation's QID, a city's GeoNames id. */
    static String idOf(AuthorityRecord r) {
        if (r instanceof Country c) {
            return "country:" + c.iso2();
        }
        if (r instanceof City c) {
            return "city:" + c.geonamesId();
        }
        if (r instanceof Organisation o) {
            return "org:" + o.name();
        }
        return null;
    }
}

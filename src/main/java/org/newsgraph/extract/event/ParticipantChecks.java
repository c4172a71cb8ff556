package org.newsgraph.extract.event;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.City;

/** Small checks on mentions and tokens that the participant finders share. Stateless. */
final class ParticipantChecks {

    private ParticipantChecks() {
    }

    /** Whether the common noun at {@code i} stands between two hyphens, inside an adjective the tokenizer split ("12-year-old"). */
    static boolean innerHyphenNoun(List<Token> t, int i) {
        return i > 0 && i + 1 < t.size() && (t.get(i).pos().equals("NN") || t.get(i).pos().equals("NNS"))
                && t.get(i - 1).pos().equals("HYPH") && t.get(i + 1).pos().equals("HYPH");
    }

    /** The ISO 3166 code of the country a city mention lies in, or null. */
    static String countryOf(Mention m) {
        String id = m.authorityId();
        return id != null && id.startsWith("city:")
                ? Authority.get().city(Long.parseLong(id.substring(5))).map(City::countryIso2).orElse(null) : null;
    }

    /** Whether the mention is linked to a national capital ("Washington" acting for the United States). */
    static boolean isCapital(Mention m) {
        String id = m.authorityId();
        return id != null && id.startsWith("city:")
                && Authority.get().city(Long.parseLong(id.substring(5))).map(City::isCapital).orElse(false);
    }

    /**
     * Buildings and streets that wire copy uses for the government seated there ("blamed the Kremlin", "the White
     * House rejected"), and "the West" for Western governments; the tagger types them as places, but as an object they
     * are a party, like a capital.
     */
    private static final Set<String> SEATS = Set.of("kremlin", "white house", "pentagon",
            "elysee", "elysee palace", "downing street", "vatican", "quai d'orsay", "zhongnanhai", "blue house",
            "capitol hill", "whitehall", "foggy bottom", "holy see",
            // the bloc wire copy names by its compass point ("criticism from the West", "talks with the West")
            "west",
            // continents that wire copy makes one side ("cooperation between China and Africa", "support to Africa")
            "africa", "europe", "asia", "latin america");

    /** Whether the mention names a seat of government standing for that government ("the Kremlin"). */
    static boolean isSeat(Mention m) {
        String w = m.text().toLowerCase(java.util.Locale.ROOT).replace('é', 'e');
        return SEATS.contains(w.startsWith("the ") ? w.substring(4) : w);
    }

    /**
     * "Kiir's US visit", "Putin's Asian tour": when the modifier {@code m} (ending at token {@code end}) of a noun
     * trigger is a place or nation with a possessor before it, the possessor acts and the place is where it goes;
     * otherwise {@code m} itself.
     */
    static Mention possessorBeyondPlace(Participants p, int end, Mention m) {
        if (!Set.of(MentionType.COUNTRY, MentionType.CITY, MentionType.NATIONALITY, MentionType.PLACE).contains(m.type())) {
            return m;
        }
        int start = end;
        while (start > 0 && p.mentionOf[start - 1] == m) {
            start--;
        }
        if (start < 2 || !p.t.get(start - 1).pos().equals("POS")) {
            return m;
        }
        Mention owner = p.mentionOf[start - 2];
        return owner != null && Participants.ACTOR_TYPES.contains(owner.type()) ? owner : m;
    }

    /** Whether two mentions are the same one or name the same thing by the same words. */
    static boolean same(Mention a, Mention b) {
        return a != null && b != null && (a == b || a.text().equalsIgnoreCase(b.text()));
    }

    /** Punctuation that ends a phrase: comma, semicolon, colon, dash or a quotation mark. */
    static boolean isBoundary(Token k) {
        String w = k.word();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || k.pos().equals("``")
                || k.pos().equals("''");
    }

    /**
     * The actors of an attack without towns, regions and other places ("... in Shanxi Province killed ten people" is an
     * accident report; "a UN compound in Cana which killed 105 civilians": the place did not attack).
     */
    static List<Mention> attackers(List<Mention> actors) {
        return actors.stream().filter(m -> !(m.type() == MentionType.PLACE
                || m.type() == MentionType.CITY && !isCapital(m))).toList();
    }
}

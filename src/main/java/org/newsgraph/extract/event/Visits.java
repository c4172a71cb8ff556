package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.MentionType;
import org.newsgraph.extract.Token;

/**
 * Visits that meet no party: a tour of a place or an institution ("Wen paid a visit to the institute", "Koizumi visited
 * Yasukuni Shrine", "visited the outdoor loo"), which PLOVER's CONSULT does not count. Stateless and thread-safe.
 */
final class Visits {

    /** Places and institutions one tours rather than meets. */
    private static final Set<String> PLACES = Set.of("university", "institute", "school", "college", "hospital", "clinic",
            "factory", "plant", "company", "firm", "shrine", "temple", "mosque", "church", "museum", "site", "centre",
            "center", "branch", "branches", "loo", "toilet", "farm", "farms", "port", "base", "camp", "camps", "exhibition",
            "fair", "zone", "park", "mine", "village", "villages", "area", "areas", "project", "facility", "facilities",
            "station", "laboratory", "lab", "stall", "market", "memorial", "cemetery", "grave", "tomb", "palace", "dumpsite", "landfill");

    private Visits() {
    }

    /**
     * Whether the visit whose trigger ends at {@code last} is to a place: its object ("to the institute", "the Yasukuni
     * Shrine") or its recipient ends in one of {@link #PLACES}.
     */
    static boolean ofAPlace(List<Token> t, int last, Mention recipient) {
        if (recipient != null && (recipient.type() == MentionType.COUNTRY || ParticipantChecks.isCapital(recipient))) {
            return false; // "Wen's visit to the site of the reactor in southern France": the visited country is met
        }
        if (recipient != null) {
            String[] words = recipient.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (PLACES.contains(words[words.length - 1])) {
                return true;
            }
        }
        return placeObject(t, last); // "visited the outdoor loo with officials in tow": the object is the place
    }

    /**
     * "visiting Russian Foreign Minister Sergey Lavrov said", "the visiting Japanese premier": the participle before a
     * person or a title at {@code head} names the visitor, not the one visited; the visit itself is told elsewhere.
     */
    static boolean visitorNamed(List<Token> t, int head, Mention recipient) {
        if (!t.get(head).word().equals("visiting") || recipient == null || !(recipient.type() == MentionType.PERSON
                || recipient.type() == MentionType.TITLE || recipient.type() == MentionType.NATIONALITY)) {
            return false;
        }
        String before = head == 0 ? "," : t.get(head - 1).pos();
        return Set.of(",", "DT", "IN", "``", "CC", "PRP$", "POS").contains(before) || head == 0;
    }

    /** Head nouns of those whose travels meet no one: private people and soldiers ("Pakistanis visiting India"). */
    private static final Set<String> TRAVELLERS = Set.of("men", "people", "tourists", "pilgrims", "visitors", "travellers",
            "travelers", "fans", "students", "workers", "residents", "families", "relatives", "migrants", "refugees",
            "citizens", "troops", "soldiers", "contingent", "nationals");

    /**
     * "a PLA contingent has arrived in Pakistan": whether a noun of travellers
     * ({@link #TRAVELLERS}) stands right after the name {@code m} stands for, which names those who travelled.
     */
    static boolean travellersNamedAfter(List<Token> t, Mention m) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).end() == m.end()) {
                return TRAVELLERS.contains(t.get(i + 1).word().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /**
     * Whether {@code m} names private travellers or soldiers rather than a party that meets others on its visits: its
     * head is one of {@link #TRAVELLERS}, or it is a people named by its plural ("Pakistanis").
     */
    static boolean privateTravellers(Mention m) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        return TRAVELLERS.contains(head) || m.type() == MentionType.NATIONALITY && head.endsWith("s");
    }

    /** Nouns of a journey whose "to" phrase names the country visited. */
    private static final Set<String> JOURNEYS = Set.of("visit", "visits", "trip", "tour");

    /**
     * "arrived in Cairo on a three-day visit to Egypt": the country the visit is to, when the recipient found is a town
     * and a "visit to" phrase from {@code head} on (to a few words past the trigger's end {@code last}) names a country;
     * else the recipient.
     */
    static Mention countryVisited(List<Token> t, Mention[] mentionOf, int head, int last, Mention recipient) {
        if (recipient == null || recipient.type() != MentionType.CITY) {
            return recipient;
        }
        for (int i = head; i + 1 < Math.min(t.size(), last + 4); i++) {
            if (JOURNEYS.contains(t.get(i).word().toLowerCase(Locale.ROOT)) && t.get(i + 1).word().equals("to")) {
                int k = i + 2;
                while (k < t.size() && (t.get(k).pos().equals("DT") || t.get(k).pos().startsWith("JJ"))) {
                    k++;
                }
                return k < t.size() && mentionOf[k] != null && mentionOf[k].type() == MentionType.COUNTRY ? mentionOf[k] : recipient;
            }
        }
        return hostCountry(mentionOf, recipient);
    }

    /**
     * "arrived in Beijing on Sunday where he held talks with China's top legislator": the country the sentence names
     * that the town visited lies in, or the town (a nationality is no host: "visiting Washington for talks with ...
     * American congressmen").
     */
    /**
     * "visited Qingdao, a port city in east China's Shandong Province": the country the sentence names that a town
     * visited lies in, or null.
     */
    static Mention hostNamed(Mention[] mentionOf, Mention town) {
        if (town == null || town.type() != MentionType.CITY) {
            return null;
        }
        Mention host = hostCountry(mentionOf, town);
        return host == town ? null : host;
    }

    /**
     * "Pohamba is in Singapore for a four-day state visit": the country or town the visitor is in, when a form of "be"
     * and "in" put them there and "for" or "on" the visit noun at {@code first} follows within a few words; or null.
     */
    static Mention stayedIn(List<Token> t, Mention[] mentionOf, Mention place, int first) {
        if (place == null || place.type() != MentionType.COUNTRY && place.type() != MentionType.CITY) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < first && at < 0; i++) {
            at = mentionOf[i] == place ? i : -1;
        }
        if (at < 2 || !t.get(at - 1).word().equals("in") || !Moods.lemma(t.get(at - 2)).equals("be")) {
            return null;
        }
        int end = at;
        while (end + 1 < first && mentionOf[end + 1] == place) {
            end++;
        }
        for (int i = end + 1; i < first; i++) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("for") || w.equals("on")) {
                return first - i <= 6 ? place : null;
            }
            if (!t.get(i).pos().equals("NNP") && !t.get(i).pos().equals("CD")) {
                return null; // only a date between: "is in Singapore Monday for"
            }
        }
        return null;
    }

    /** Nouns a country is described by after "the" ("the crisis-wracked nation", "the South Asian country"). */
    private static final Set<String> NATION_NOUNS = Set.of("country", "nation", "kingdom", "republic", "island", "emirate");

    /**
     * "stressed support for the government of Lebanese Prime Minister Fuad Siniora during a visit to the crisis-wracked
     * nation", "pledged to take ties with Pakistan to a new level during his first ever visit to the South Asian country":
     * when the journey noun or verb ending at {@code last} goes "to the ... country", the country the sentence named
     * before the trigger at {@code first}, by its name or its nationality, that is not the visitor's own (the nationality
     * or country in the visitor's name, "Chinese President Hu Jintao"); the nearest such one, or null.
     */
    static Mention nationDescribed(List<Token> t, Mention[] mentionOf, int first, int last, List<Mention> actors) {
        int k = last + 1;
        if (k + 1 >= t.size() || !t.get(k).word().equals("to") || !t.get(k + 1).word().equalsIgnoreCase("the")) {
            return null;
        }
        k += 2;
        int noun = -1;
        for (int i = k; i < Math.min(t.size(), k + 4) && noun < 0; i++) {
            if (mentionOf[i] != null && mentionOf[i].type() != MentionType.NATIONALITY) {
                return null; // a name of its own: "to the Islamic Republic of Iran"
            }
            noun = NATION_NOUNS.contains(t.get(i).word().toLowerCase(Locale.ROOT)) && t.get(i).pos().startsWith("NN") ? i : -1;
        }
        if (noun < 0 || noun + 1 < t.size() && (t.get(noun + 1).word().equals("of") || mentionOf[noun + 1] != null)) {
            return null; // "to the country of Tunisia", "to the island nation Fiji": named after it, read elsewhere
        }
        Set<String> own = new java.util.HashSet<>();
        for (Mention a : actors) {
            String cc = ParticipantChecks.countryOf(a);
            if (cc != null) {
                own.add("country:" + cc.toUpperCase(Locale.ROOT)); // "a delegation from Jiangxi Province": China is its own
                own.add("country:" + cc.toLowerCase(Locale.ROOT));
            }
            for (int i = 0; i < mentionOf.length; i++) {
                if (mentionOf[i] != a) {
                    continue;
                }
                int j = i;
                for (; j >= 0 && mentionOf[j] != null; j--) { // the run of names the visitor ends
                    if (mentionOf[j].authorityId() != null) {
                        own.add(mentionOf[j].authorityId());
                    }
                }
                for (int b = j; b >= Math.max(0, j - 4); b--) { // "a Chinese delegation from Jiangxi Province"
                    String p = t.get(b).pos();
                    if (mentionOf[b] != null && mentionOf[b].authorityId() != null) {
                        own.add(mentionOf[b].authorityId());
                    } else if (mentionOf[b] == null && !p.startsWith("NN") && !p.startsWith("JJ") && !p.equals("DT")
                            && !t.get(b).word().equals("from") && !t.get(b).word().equals("of")) {
                        break;
                    }
                }
                break;
            }
        }
        for (int i = first - 1; i >= 0; i--) {
            Mention m = mentionOf[i];
            if (m != null && (m.type() == MentionType.COUNTRY || m.type() == MentionType.NATIONALITY) && m.authorityId() != null
                    && m.authorityId().startsWith("country:") && !own.contains(m.authorityId())) {
                return m;
            }
        }
        return null;
    }

    private static Mention hostCountry(Mention[] mentionOf, Mention town) {
        String cc = ParticipantChecks.countryOf(town);
        if (cc == null) {
            return town;
        }
        for (Mention m : mentionOf) {
            if (m != null && m.type() == MentionType.COUNTRY && m.authorityId() != null && m.authorityId().equalsIgnoreCase("country:" + cc)) {
                return m;
            }
        }
        return town;
    }

    private static boolean placeObject(List<Token> t, int last) {
        int i = last + 1;
        if (i < t.size() && (t.get(i).word().equalsIgnoreCase("to") || t.get(i).word().equalsIgnoreCase("of"))) {
            i++;
        }
        while (i < t.size() && (t.get(i).pos().equals("DT") || t.get(i).pos().startsWith("JJ") || t.get(i).pos().equals("CD")
                || t.get(i).pos().equals("PRP$") || t.get(i).pos().startsWith("NN") && i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN"))) {
            i++;
        }
        return i < t.size() && t.get(i).pos().startsWith("NN") && PLACES.contains(Moods.lemma(t.get(i)).toLowerCase(Locale.ROOT));
    }
}

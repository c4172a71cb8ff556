package org.newsgraph.extract.quote;

import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * The grammatical gender a person mention most likely takes ("he" or "she"), read from an honorific before it
 * ("Mr.", "Mrs.") or a common given name; unknown otherwise. The name lists are small hand-made samples of
 * common English given names that are rarely used for the other gender; they only break ties between
 * candidate antecedents. Stateless and thread-safe.
 */
final class Genders {

    enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE_TITLES = Set.of("mr.", "mr", "sir", "lord", "king", "prince", "father");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "madam", "lady",
            "queen", "princess", "sister");

    private static final Set<String> MALE = Set.of(
            "aaron", "adam", "alan", "albert", "andrew", "anthony", "arthur", "barack", "ben", "benjamin", "bernie",
            "bill", "bob", "bobby", "brian", "bruce", "carl", "charles", "chuck", "dan", "daniel", "david", "dennis",
            "dick", "don", "donald", "douglas", "ed", "edward", "eric", "frank", "gary", "george", "gerald", "greg",
            "harry", "henry", "jack", "jacob", "james", "jason", "jeb", "jeff", "jeffrey", "jerry", "jim", "joe",
            "john", "jonathan", "joseph", "josh", "keith", "ken", "kenneth", "kevin", "larry", "lindsey", "marco",
            "mark", "martin", "matt", "matthew", "michael", "mike", "mitch", "mitt", "nathan", "newt", "nick",
            "patrick", "paul", "peter", "philip", "ralph", "rand", "reince", "richard", "rick", "rob", "robert",
            "roger", "ron", "ronald", "rudy", "ryan", "scott", "sean", "stephen", "steve", "steven", "ted", "thomas",
            "tim", "timothy", "tom", "tony", "vladimir", "walter", "william");

    private static final Set<String> FEMALE = Set.of(
            "alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "betty", "carly",
            "carol", "caroline", "catherine", "chelsea", "christine", "claire", "cynthia", "deborah", "debbie",
            "diane", "donna", "dorothy", "elizabeth", "ellen", "emily", "emma", "hillary", "helen", "huma", "ivanka",
            "jane", "janet", "jennifer", "jessica", "jill", "joan", "judith", "julia", "julie", "karen", "kate",
            "katherine", "kathleen", "kelly", "kellyanne", "laura", "linda", "lisa", "loretta", "margaret", "maria",
            "marie", "martha", "mary", "megyn", "melania", "melissa", "michelle", "nancy", "nicole", "nikki",
            "patricia", "rachel", "rebecca", "ruth", "sandra", "sarah", "sharon", "susan", "teresa", "theresa",
            "valerie");

    private Genders() {
    }

    /** The gender of the person mention {@code [start, end)}: honorific first, then the given name. */
    static Gender of(List<Token> tokens, int start, int end) {
        if (start > 0) {
            String title = tokens.get(start - 1).word().toLowerCase();
            if (MALE_TITLES.contains(title)) return Gender.MALE;
            if (FEMALE_TITLES.contains(title)) return Gender.FEMALE;
        }
        for (int i = start; i < end; i++) {
            String w = tokens.get(i).word().toLowerCase();
            if (MALE_TITLES.contains(w)) return Gender.MALE;
            if (FEMALE_TITLES.contains(w)) return Gender.FEMALE;
            if (!tokens.get(i).ner().equals("PERSON")) continue;
            if (MALE.contains(w)) return Gender.MALE;
            if (FEMALE.contains(w)) return Gender.FEMALE;
            return Gender.UNKNOWN;
        }
        return Gender.UNKNOWN;
    }

    /** The gender a pronoun asks for: MALE for "he", FEMALE for "she", else UNKNOWN. */
    static Gender ofPronoun(String word) {
        String w = word.toLowerCase();
        return w.equals("he") ? Gender.MALE : w.equals("she") ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** True unless both genders are known and differ. */
    static boolean agree(Gender a, Gender b) {
        return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
    }
}

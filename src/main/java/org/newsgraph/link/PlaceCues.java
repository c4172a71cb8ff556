package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.authority.Region;

/**
 * What the text right around a place name says about it: a qualifier after it (", Texas"), a word that
 * makes it a part of a longer name ("Walker County", "West Bank"), its use as a town's ("a Palestine man"),
 * "state" beside it, a list it stands in. Static and stateless; the texts are the characters right before
 * and after the mention (either may be null).
 */
final class PlaceCues {

    private PlaceCues() {
    }

    /**
     * Whether an abbreviation with dots is written as one of the region's forms, dots in place: lookup keys
     * drop dots, so "L.A." (Los Angeles) would otherwise be "La." (Louisiana).
     */
    static boolean isDottedFormOf(String name, Region r) {
        String n = dotted(name);
        return n.equalsIgnoreCase(dotted(r.name()))
                || r.altNames().stream().anyMatch(a -> n.equalsIgnoreCase(dotted(a)));
    }

    /** Without spaces and a final dot (the tokenizer may leave it to the sentence): "W. Va." -> "W.Va". */
    private static String dotted(String s) {
        String n = s.replace(" ", "");
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    private static final Pattern TOWN_AFTER = Pattern.compile("^(?:['’]s)? (?:man|woman|men|women|boy|girl"
            + "|boys|girls|teen|teenager|couple|family|resident|residents|native|city|City Council|City Hall|Police Department"
            + "|police department|Fire Department|firefighters|Independent School|School District|High School"
            + "|Middle School|Elementary|elementary|middle school|high school|Junior|junior|Civic|Public Library"
            + "|Library|Street Superintendent|Township|township|Mayor|mayor|city limits)\\b");
    private static final Pattern TOWN_BEFORE = Pattern.compile("(?:\\d+ [A-Z][\\w.]*(?: [A-Z][\\w.]*)? (?:St|Street"
            + "|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Pike|Hwy|Highway)\\.?, |, \\d{1,3}, |\\b(?:City|Town|Village) of"
            + " |\\bdowntown )$");

    /**
     * Whether a name is used as a town's: its residents, its council, police or schools ("a Palestine
     * man", "Lebanon City Council", "Jordan middle school"), a street address or a person's age before it
     * ("400 S. Locust St., Lebanon", "Joyce Glover, 22, Palestine"). A country is not spoken of so.
     */
    static boolean isTownUsage(String preceding, String following) {
        return preceding != null && TOWN_BEFORE.matcher(preceding).find()
                || following != null && TOWN_AFTER.matcher(following).find();
    }

    private static final Pattern STATE_AFTER =
            Pattern.compile("^ (?:state|State)\\b(?! (?:of|Department|University|Route))");
    private static final Pattern STATE_BEFORE = Pattern.compile("\\b(?:state|State) of $");
    private static final Pattern LIST_BEFORE = Pattern.compile("([A-Z][\\w.]*(?: [A-Z][\\w.]*){0,2}),? (?:and |or )?$");

    /** Whether the text says "state" of the name: "Washington state", "the state of Washington". */
    static boolean saysState(String preceding, String following) {
        return following != null && STATE_AFTER.matcher(following).find()
                || preceding != null && STATE_BEFORE.matcher(preceding).find();
    }

    /**
     * The names a list may hold right before a mention ("Tennessee, Utah, " gives "Utah"; "New Mexico and "
     * gives "New Mexico" and "Mexico"): the last one to three capitalised words before a comma or "and".
     */
    static List<String> listedBefore(String preceding) {
        List<String> out = new ArrayList<>();
        Matcher m = preceding == null ? null : LIST_BEFORE.matcher(preceding);
        if (m != null && m.find()) {
            String[] words = m.group(1).split(" ");
            for (int i = 0; i < words.length; i++) {
                out.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
            }
        }
        return out;
    }

    private static final Pattern AREA_AFTER = Pattern.compile("^ (?:County|Parish|Township|Twp\\b|Borough|Park)\\b");

    /**
     * Whether a town's name is the first part of the name of a county, township or park ("Walker County",
     * "Hopkins Park"): the tables hold no such place, and the town of that name is often far from it
     * (Walker, Michigan for Walker County, Texas). No reading is better than the town.
     *
     * @param after the text right after the mention
     */
    static boolean isPartOfLongerName(String after) {
        return AREA_AFTER.matcher(after).find();
    }

    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:(?:North|South|East|West|Northern"
            + "|Southern|Eastern|Western|Upper|Lower)[ -]|\\p{Lu}\\p{L}+ (?:de|del|do|da|di|el|al) )$");
    private static final Pattern NAME_AFTER = Pattern.compile("^(?: (?:de|del|do|da|di|el|al)[ -]\\p{Lu}\\p{Ll}"
            + "| (?:Bay|Island|Islands|River|Lake|Peninsula|Mountains|Hills|Province|Region|Valley)\\b)");

    /**
     * Whether a town's name is a part of a longer proper name: a word of direction right before it ("West
     * Bank", "South America"), a name and a particle before it ("Ceamurlia de Jos"), a particle and a
     * capitalised word after it ("Bab el-Oued") or a word for a natural feature or an area after it
     * ("Islington Bay", "Kish River"). Such a name is a part of the town, or something else entirely.
     */
    static boolean isInsideLongerName(String before, String after) {
        return before != null && NAME_BEFORE.matcher(before).find()
                || after != null && NAME_AFTER.matcher(after).find();
    }

    /** "Texas" from ", Texas, ..." right after a place name, or null. */
    static String qualifier(String following) {
        if (following == null || !following.startsWith(",")) {
            return null;
        }
        String rest = following.substring(1).strip();
        int end = 0;
        while (end < rest.length() && (Character.isLetter(rest.charAt(end)) || rest.charAt(end) == ' '
                || rest.charAt(end) == '.')) {
            end++;
        }
        String q = rest.substring(0, end).strip();
        return q.isEmpty() ? null : q;
    }
}

package org.newsgraph.link;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.City;
import org.newsgraph.extract.authority.Country;

/**
 * Chooses among places of the same name using the article's context rather than the name alone: a country
 * named right after the place ("Paris, Texas"), countries the article mentions or its dateline lies in,
 * national capitals, then population.
 */
final class Places {

    private Places() {
    }

    /**
     * The best candidate, or null when there is none.
     *
     * @param countriesInArticle ISO codes of the countries the article names (dateline country included)
     * @param followingText the text right after the mention (for ", Country")
     */
    static City choose(List<City> candidates, Set<String> countriesInArticle, String followingText, Authority authority) {
        if (candidates.isEmpty()) {
            return null;
        }
        String qualifier = qualifier(followingText);
        Country named = qualifier == null ? null : authority.country(qualifier).orElse(null);
        return candidates.stream()
                .max(Comparator.comparingDouble(c -> score(c, countriesInArticle, named)))
                .orElse(null);
    }

    private static double score(City c, Set<String> countries, Country named) {
        double s = Math.log10(c.population() + 10.0);
        if (named != null && named.iso2().equals(c.countryIso2())) {
            s += 20;
        }
        if (countries.contains(c.countryIso2())) {
            s += 3;
        }
        if (c.isCapital()) {
            s += 1.5;
        }
        return s;
    }

    /** "Texas" from ", Texas, ..." right after a place name, or null. */
    private static String qualifier(String following) {
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

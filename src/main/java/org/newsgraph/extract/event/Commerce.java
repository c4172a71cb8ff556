package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Token;

/**
 * Business deals, which PLOVER's AGREE does not count: a contract or deal signed by a firm ("Ericsson said it had
 * signed a big contract", "a Singaporean firm has signed a deal to build an office complex"). A deal is commercial when
 * the clause before its trigger names a firm, or the agreement is a contract or a dealership. Stateless and thread-safe.
 */
final class Commerce {

    /** Nouns and name parts that mark a business as the one who signs. */
    private static final Set<String> FIRMS = Set.of("firm", "firms", "company", "companies", "giant", "corporation", "corp",
            "corp.", "inc", "inc.", "ltd", "ltd.", "limited", "holdings", "plc", "airline", "airlines", "carrier", "maker",
            "manufacturer", "operator", "conglomerate", "subsidiary", "investor", "investors", "enterprise", "enterprises", "co.",
            "board", "boards", "shareholders");
    /** Agreements that are business by their nature. */
    private static final Set<String> CONTRACTS = Set.of("contract", "contracts", "dealership", "franchise", "lease");

    private Commerce() {
    }

    /** Whether the AGREE trigger from {@code first} to {@code last} tells a business deal. */
    static boolean deal(List<Token> t, int first, int last) {
        for (int i = Math.max(0, first - 6); i <= Math.min(t.size() - 1, last + 3); i++) {
            if (CONTRACTS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int i = first - 1; i >= Math.max(0, first - 8); i--) {
            String w = t.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals("that") && i < first - 1 && !FIRMS.contains(t.get(i - 1 < 0 ? 0 : i - 1).word())) {
                break;
            }
            if (FIRMS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}

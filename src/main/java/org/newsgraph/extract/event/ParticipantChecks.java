package org.newsgraph.extract.event;

import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Token;
import org.newsgraph.extract.authority.Authority;
import org.newsgraph.extract.authority.City;

/** Small checks on mentions and tokens that the participant finders share. Stateless. */
final class ParticipantChecks {

    private ParticipantChecks() {
    }

    /** Whether the mention is linked to a national capital ("Washington" acting for the United States). */
    static boolean isCapital(Mention m) {
        String id = m.authorityId();
        return id != null && id.startsWith("city:")
                && Authority.get().city(Long.parseLong(id.substring(5))).map(City::isCapital).orElse(false);
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
}

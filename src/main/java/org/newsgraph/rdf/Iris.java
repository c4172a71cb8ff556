package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Entity;

/**
 * IRI minting policy: every IRI is a function of the input, so the same input gives the same graph.
 *
 * <ul>
 *   <li>article: a hash of its URL, else its input id, else its headline and text;</li>
 *   <li>entity: from its Wikidata QID, else its GeoNames id, else its kind and normalised name;</li>
 *   <li>mention: the article IRI with an RFC 5147 {@code #char=b,e} fragment (code points);</li>
 *   <li>statements and events: the article IRI with a numbered fragment.</li>
 * </ul>
 */
public final class Iris {

    private Iris() {
    }

    public static String article(Article a) {
        String key = a.url() != null ? "url:" + a.url()
                : a.identifier() != null ? "id:" + a.identifier()
                : "text:" + a.headline() + "\n" + a.body();
        return NS.DATA + "article/" + sha256(key).substring(0, 24);
    }

    public static String entity(Entity e) {
        if (e.wikidata() != null) {
            return NS.DATA + "entity/" + e.wikidata();
        }
        if (e.geonames() != null) {
            return NS.DATA + "entity/geonames-" + e.geonames();
        }
        return NS.DATA + "entity/" + slug(e.key());
    }

    public static String mention(String articleIri, int beginCodePoint, int endCodePoint) {
        return articleIri + "#char=" + beginCodePoint + "," + endCodePoint;
    }

    public static String local(String articleIri, String kind, int n) {
        return articleIri + "#" + kind + "-" + n;
    }

    public static String named(String kind, String name) {
        return NS.DATA + kind + "/" + slug(name);
    }

    public static String wikidata(String qid) {
        return NS.WIKIDATA_ENTITY + qid;
    }

    public static String geonames(String id) {
        return NS.GEONAMES + id + "/";
    }

    /** Lower-case letters, digits and hyphens; other characters percent-encoded so distinct names stay distinct. */
    static String slug(String s) {
        StringBuilder b = new StringBuilder();
        for (byte c : s.toLowerCase(Locale.ROOT).strip().getBytes(StandardCharsets.UTF_8)) {
            int ch = c & 0xff;
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == '_') {
                b.append((char) ch);
            } else if (ch == ' ' || ch == ':') {
                b.append(ch == ' ' ? '-' : '/');
            } else {
                b.append('%').append(String.format("%02X", ch));
            }
        }
        return b.toString();
    }

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;

/**
 * Actors named by what they are rather than who they are, read off the mentions already found:
 * <ul>
 *   <li>posts: [organisation or country] title+ person ("NATO Secretary-General Jens Stoltenberg",
 *       "Poland's Deputy Foreign Minister Piotr Wawrzyk");</li>
 *   <li>governments: a nationality or country before authorities/government/regime/military...
 *       ("Polish authorities", "the Belarusian regime") is that country's government acting;</li>
 *   <li>descriptions: "NATO chief" is the person holding a post in NATO named in the article;
 *       "the bloc" and "the alliance" are the last such organisation named before.</li>
 * </ul>
 */
public final class RolesAndDescriptions implements Extractor {

    private static final Pattern GOVERNMENT_NOUN = Pattern.compile(
            "^(?:['’]s)?\\s+(authorities|government|regime|administration|military|army|armed forces|forces|officials"
                    + "|leadership|troops|border guards|police|ministry|security services)\\b");
    private static final Pattern TITLE_MODIFIER = Pattern.compile("(?:^|\\s)((?:Deputy|Vice|Acting|Former|former|Interim)\\s+)$");
    private static final Pattern DESCRIPTION = Pattern.compile("\\b(?:the|The)\\s+(bloc|alliance|union|organi[sz]ation)\\b");
    /** Organisations that news calls "the bloc" or "the alliance". */
    private static final Set<String> BLOCS = Set.of("European Union", "Association of Southeast Asian Nations",
            "African Union", "Mercosur", "Southern Common Market", "Eurasian Economic Union", "Economic Community of West African States", "Commonwealth of Independent States");
    private static final Set<String> ALLIANCES = Set.of("North Atlantic Treaty Organisation",
            "Collective Security Treaty Organization", "Shanghai Cooperation Organisation");

    @Override
    public void extract(Article article, TextAnalysis analysis, Extraction.Builder out) {
        String text = analysis.text();
        List<Mention> ms = out.mentions();
        ms = new ArrayList<>(ms);
        ms.sort(java.util.Comparator.comparingInt(Mention::begin));
        roles(text, ms, out);
        governments(text, ms, out);
        chiefs(text, ms, out);
        blocs(text, ms, out);
    }

    private static void roles(String text, List<Mention> ms, Extraction.Builder out) {
        for (int i = 0; i < ms.size(); i++) {
            Mention p = ms.get(i);
            if (p.type() != MentionType.PERSON) {
                continue;
            }
            int j = i - 1;
            int titleBegin = -1;
            int titleEnd = -1;
            while (j >= 0 && ms.get(j).type() == MentionType.TITLE && adjacent(text, ms.get(j), titleBegin < 0 ? p.begin() : titleBegin)) {
                titleBegin = ms.get(j).begin();
                titleEnd = titleEnd < 0 ? ms.get(j).end() : titleEnd;
                j--;
            }
            if (titleBegin < 0) {
                continue;
            }
            Matcher mod = TITLE_MODIFIER.matcher(text.substring(Math.max(0, titleBegin - 30), titleBegin));
            if (mod.find()) {
                titleBegin -= mod.group(1).length();
            }
            Mention in = null;
            if (j >= 0) {
                Mention q = ms.get(j);
                boolean kind = q.type() == MentionType.ORGANISATION || q.type() == MentionType.COUNTRY
                        || q.type() == MentionType.NATIONALITY;
                String gap = text.substring(q.end(), titleBegin);
                if (kind && gap.matches("(?:['’]s)?\\s*")) {
                    in = q;
                }
            }
            out.addFinding(new Role(p, titleBegin, titleEnd, text.substring(titleBegin, titleEnd), in));
        }
    }

    /** Whether only white space (or a possessive) lies between a mention and an offset. */
    private static boolean adjacent(String text, Mention m, int next) {
        return m.end() <= next && text.substring(m.end(), next).matches("(?:['’]s)?\\s*");
    }

    private static void governments(String text, List<Mention> ms, Extraction.Builder out) {
        for (Mention m : ms) {
            if (m.type() != MentionType.NATIONALITY && m.type() != MentionType.COUNTRY) {
                continue;
            }
            Matcher g = GOVERNMENT_NOUN.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
            if (g.find()) {
                int end = m.end() + g.end();
                if (out.mentions().stream().noneMatch(x -> x != m && x.overlaps(m.end(), end))) {
                    out.replaceMention(m, new Mention(m.begin(), end, text.substring(m.begin(), end),
                            MentionType.GOVERNMENT, m.authorityId(), "government", 0.85));
                }
            }
        }
    }

    /** "NATO chief", "the UN chief": a title word after an organisation, with no name after it. */
    private static void chiefs(String text, List<Mention> ms, Extraction.Builder out) {
        List<Role> roles = out.findings(Role.class);
        for (int i = 0; i + 1 < ms.size(); i++) {
            Mention org = ms.get(i);
            Mention title = ms.get(i + 1);
            if ((org.type() != MentionType.ORGANISATION && org.type() != MentionType.COUNTRY)
                    || title.type() != MentionType.TITLE || !adjacent(text, org, title.begin())) {
                continue;
            }
            boolean namedAfter = i + 2 < ms.size() && ms.get(i + 2).type() == MentionType.PERSON
                    && adjacent(text, title, ms.get(i + 2).begin());
            if (namedAfter) {
                continue;
            }
            Role holder = roles.stream().filter(r -> r.in() != null && r.in().text().equals(org.text()))
                    .findFirst().orElse(null);
            if (holder != null) {
                Mention d = new Mention(org.begin(), title.end(), text.substring(org.begin(), title.end()),
                        MentionType.DESCRIPTION, null, "description", 0.8);
                out.replaceMention(title, d);
                out.removeMention(org);
                out.addFinding(new Reference(d, holder.person()));
            }
        }
    }

    private static void blocs(String text, List<Mention> ms, Extraction.Builder out) {
        Matcher m = DESCRIPTION.matcher(text);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            Set<String> kinds = noun.equals("alliance") ? ALLIANCES : noun.equals("bloc") ? BLOCS : null;
            Mention antecedent = null;
            for (Mention x : ms) {
                if (x.end() > m.start()) {
                    break;
                }
                if (x.type() == MentionType.ORGANISATION && (kinds == null || kinds.contains(orgName(x)))) {
                    antecedent = x;
                }
            }
            if (antecedent != null && out.inNews(m.start(), m.end())) {
                Mention d = new Mention(m.start(), m.end(), m.group(), MentionType.DESCRIPTION, null, "description", 0.7);
                if (out.addMention(d)) {
                    out.addFinding(new Reference(d, antecedent));
                }
            }
        }
    }

    private static String orgName(Mention m) {
        return m.authorityId() != null && m.authorityId().startsWith("org:") ? m.authorityId().substring(4) : m.text();
    }
}

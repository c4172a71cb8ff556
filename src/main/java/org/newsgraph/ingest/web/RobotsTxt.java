package org.newsgraph.ingest.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt for one crawler (RFC 9309). The groups naming the crawler's product token
 * apply when there are any, else the {@code *} groups; several matching groups are merged. Among the
 * rules whose pattern matches a path the longest wins, and {@code Allow} wins a tie. Patterns know
 * {@code *} (any characters) and a final {@code $} (end of the path). The non-standard {@code Crawl-delay}
 * line, which many sites use, is kept for the groups it stands in. Immutable and thread-safe.
 */
public final class RobotsTxt {

    private record Rule(boolean allow, int length, Pattern pattern) {
    }

    private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);
    private static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, 1, Pattern.compile("/.*"))), null);

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    public static RobotsTxt allowAll() {
        return ALLOW_ALL;
    }

    public static RobotsTxt disallowAll() {
        return DISALLOW_ALL;
    }

    /**
     * Parses the file's text for the crawler with the given product token ("newsgraph"). Unknown lines
     * and lines without a colon are ignored, as the RFC asks.
     */
    public static RobotsTxt parse(String text, String productToken) {
        List<Rule> ours = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        Duration ourDelay = null;
        Duration anyoneDelay = null;
        boolean groupIsOurs = false;
        boolean groupIsAnyone = false;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    groupIsOurs = false;
                    groupIsAnyone = false;
                    inAgents = true;
                }
                String agent = value.split("[\\s/]", 2)[0];
                groupIsOurs |= agent.equalsIgnoreCase(productToken);
                groupIsAnyone |= agent.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with no path allows everything
                }
                Rule rule = new Rule(key.equals("allow"), value.length(), compile(value));
                if (groupIsOurs) {
                    ours.add(rule);
                }
                if (groupIsAnyone) {
                    anyone.add(rule);
                }
            } else {
                inAgents = false; // sitemap, crawl-delay and the like end a run of user-agent lines
                Duration delay = key.equals("crawl-delay") ? seconds(value) : null;
                if (delay != null && groupIsOurs) {
                    ourDelay = delay;
                }
                if (delay != null && groupIsAnyone) {
                    anyoneDelay = delay;
                }
            }
        }
        boolean hasOurGroup = !ours.isEmpty() || ourDelay != null || mentions(text, productToken);
        return hasOurGroup ? new RobotsTxt(List.copyOf(ours), ourDelay) : new RobotsTxt(List.copyOf(anyone), anyoneDelay);
    }

    /** A number of seconds as robots.txt files write it ("10", "0.5"); null when it is not one. */
    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value);
            return s >= 0 && s < 1e6 ? Duration.ofMillis(Math.round(s * 1000)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The time the site asks crawlers to leave between requests, when it says. */
    public Optional<Duration> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    /** Whether a group names the token even if it has no rules (an empty group allows everything). */
    private static boolean mentions(String text, String productToken) {
        Pattern p = Pattern.compile("(?im)^\\s*user-agent\\s*:\\s*" + Pattern.quote(productToken) + "(\\s|/|$|#)");
        return p.matcher(text).find();
    }

    private static Pattern compile(String rulePath) {
        boolean anchored = rulePath.endsWith("$");
        String body = anchored ? rulePath.substring(0, rulePath.length() - 1) : rulePath;
        StringBuilder regex = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex + (anchored ? "" : ".*"), Pattern.DOTALL);
    }

    /**
     * Whether the crawler may fetch the path.
     *
     * @param pathAndQuery the URL's raw path with its query ({@code /news/a?id=1}); empty means {@code /}
     */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) {
            return true;
        }
        Rule best = null;
        for (Rule r : rules) {
            if (r.pattern().matcher(path).matches()
                    && (best == null || r.length() > best.length() || r.length() == best.length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }
}

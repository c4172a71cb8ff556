package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One event per happening within a sentence: two triggers of the same category whose participants agree
 * ("met Lee ... at the start of a visit", "killed by a suicide bomber") are one event; the one with more
 * participants stays, taking from the other what it lacks ("one militant was killed ... in an Israeli air strike":
 * the victim of the verb, the attacker and the mode of the noun).
 */
final class Dedup {

    private Dedup() {
    }

    static List<EventMention> merge(List<EventMention> found) {
        return merge(found, (e, other) -> false);
    }

    /**
     * @param outcome whether an event tells only an outcome of the other event of its category in the sentence ("and
     *                wounded nine others", "an attack that killed one person"): the two merge whatever their recipient
     */
    static List<EventMention> merge(List<EventMention> found, BiPredicate<EventMention, EventMention> outcome) {
        return merge(found, outcome, (x, y) -> false);
    }

    /**
     * @param separate whether two events are separate acts whatever their participants ("raided radio stations, seized
     *                 equipment ... and detained journalists": one subject, three verbs, three acts)
     */
    static List<EventMention> merge(List<EventMention> found, BiPredicate<EventMention, EventMention> outcome,
            BiPredicate<EventMention, EventMention> separate) {
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : found) {
            int twin = -1;
            for (int i = 0; i < out.size(); i++) {
                boolean isOutcome = outcome.test(e, out.get(i)) || outcome.test(out.get(i), e);
                if (same(out.get(i), e) && (isOutcome || !separate.test(out.get(i), e)) || isOutcome && sameAttack(out.get(i), e)
                        || nested(out.get(i), e)) {
                    twin = i;
                }
            }
            if (twin < 0) {
                out.add(e);
            } else if (score(e) > score(out.get(twin))) {
                out.set(twin, completed(e, out.get(twin)));
            } else {
                out.set(twin, completed(out.get(twin), e));
            }
        }
        return out;
    }

    /**
     * Whether one trigger lies within the other's and the two share category, modality and first actor ("warned that they
     * would attack ... unless", and the conditional threat read from its "attack"): the same words tell one act.
     */
    private static boolean nested(EventMention a, EventMention b) {
        boolean within = a.trigger().begin() <= b.trigger().begin() && b.trigger().end() <= a.trigger().end()
                || b.trigger().begin() <= a.trigger().begin() && a.trigger().end() <= b.trigger().end();
        return within && a.category().equals(b.category()) && a.modality() == b.modality()
                && (a.actor() == null || b.actor() == null || a.actor().text().equalsIgnoreCase(b.actor().text()));
    }

    /** {@code kept} with the participants, circumstances and mode it lacks taken from its twin {@code other}. */
    private static EventMention completed(EventMention kept, EventMention other) {
        boolean takeActors = kept.actor() == null && other.actor() != null
                && (kept.recipient() == null || !kept.recipient().text().equalsIgnoreCase(other.actor().text())); // the victims are not their own attackers
        org.newsgraph.extract.Mention actor = takeActors ? other.actor() : kept.actor();
        boolean takeRecipient = kept.recipient() == null && other.recipient() != null
                && (actor == null || !actor.text().equalsIgnoreCase(other.recipient().text()));
        return new EventMention(kept.trigger(), kept.category(), kept.mode() != null ? kept.mode() : other.mode(),
                actor, takeActors ? other.actors() : kept.actors(), takeRecipient ? other.recipient() : kept.recipient(),
                kept.time() != null ? kept.time() : other.time(), kept.place() != null ? kept.place() : other.place(),
                kept.quantities().isEmpty() ? other.quantities() : kept.quantities(), kept.statement(), kept.modality(),
                Math.max(kept.confidence(), other.confidence()));
    }

    private static boolean same(EventMention a, EventMention b) {
        if ("visit".equals(a.mode()) && "visit".equals(b.mode()) && a.category().equals(b.category()) && a.modality() == b.modality()
                && (agree(a.actor() == null ? null : a.actor().text(), b.actor() == null ? null : b.actor().text())
                    || nationality(a.actor()) || nationality(b.actor()))) {
            return true; // "arrived in Buenos Aires on Monday to visit Argentina", "arrived ... as the first Libyan head ... to visit": one trip
        }
        if (a.category().equals("CONSULT") && b.category().equals("CONSULT") && a.modality() == b.modality()
                && agree(a.actor() == null ? null : a.actor().text(), b.actor() == null ? null : b.actor().text())
                && (leaderOf(a.recipient(), b.recipient()) || leaderOf(b.recipient(), a.recipient()))) {
            return true; // "met Taiwanese President Lee Teng-hui ... at the start of a whirlwind visit to the nationalist island"
        }
        if (a.category().equals("ACCUSE") && a.mode() != null && b.mode() != null && !a.mode().equals(b.mode())
                && ("investigate".equals(a.mode()) || "investigate".equals(b.mode()))) {
            return false; // "his probe into the murder of Hariri, an attack blamed on Syria": an inquiry and a charge, two acts
        }
        return a.category().equals(b.category()) && a.modality() == b.modality()
                && agree(a.actor() == null ? null : a.actor().text(), b.actor() == null ? null : b.actor().text())
                && agree(a.recipient() == null ? null : a.recipient().text(), b.recipient() == null ? null : b.recipient().text());
    }

    /**
     * Whether {@code country}, a nationality, names the country of {@code person}, the person it stands before in one
     * run of names ("Taiwanese President Lee Teng-hui"): a visit to the country and a meeting with its leader are one.
     */
    private static boolean leaderOf(org.newsgraph.extract.Mention country, org.newsgraph.extract.Mention person) {
        return nationality(country) && person != null && person.type() == org.newsgraph.extract.MentionType.PERSON
                && person.begin() > country.end() && person.begin() - country.end() <= 40;
    }

    private static boolean nationality(org.newsgraph.extract.Mention m) {
        return m != null && m.type() == org.newsgraph.extract.MentionType.NATIONALITY;
    }

    private static boolean sameAttack(EventMention a, EventMention b) {
        return a.category().equals(b.category()) && a.modality() == b.modality()
                && agree(a.actor() == null ? null : a.actor().text(), b.actor() == null ? null : b.actor().text());
    }

    private static boolean agree(String x, String y) {
        return x == null || y == null || x.equalsIgnoreCase(y);
    }

    private static int score(EventMention e) {
        return (e.actor() != null ? 2 : 0) + (e.recipient() != null ? 2 : 0) + (e.time() != null ? 1 : 0)
                + (e.place() != null ? 1 : 0) + e.quantities().size();
    }
}

package org.newsgraph.extract.event;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.extract.Mention;

/**
 * People seized by an armed group are abducted, not arrested: "Corporal Gilad Shalit was captured by three militant
 * groups", "gunmen seized two aid workers". PLOVER's COERCE is what an authority does to people (arrest, detention);
 * taking hostages is ASSAULT. An arrest or seizure whose actor is a militant, rebel or criminal group is read so.
 * Stateless.
 */
final class Abductions {

    /** Head words of armed groups that hold no authority to arrest anyone. */
    private static final Set<String> ARMED_GROUPS = Set.of("militant", "militants", "rebel", "rebels", "gunman", "gunmen",
            "insurgent", "insurgents", "kidnapper", "kidnappers", "guerrilla", "guerrillas", "guerillas", "pirate", "pirates",
            "militiamen", "hostage-takers", "captors", "bandits", "terrorists", "abductors");

    private Abductions() {
    }

    static EventMention of(EventMention e) {
        if (!e.category().equals("COERCE") || e.mode() == null
                || !Set.of("arrest", "seize").contains(e.mode()) || e.actor() == null || !armed(e.actor())) {
            return e;
        }
        return new EventMention(e.trigger(), "ASSAULT", null, e.actor(), e.actors(), e.recipient(), e.time(), e.place(),
                e.quantities(), e.statement(), e.modality(), e.confidence());
    }

    private static boolean armed(Mention m) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        return ARMED_GROUPS.contains(head) || words.length > 1 && head.equals("groups") && words[words.length - 2].equals("militant")
                || head.equals("group") && words.length > 1 && Set.of("militant", "rebel", "armed").contains(words[words.length - 2]);
    }
}

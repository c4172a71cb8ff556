package org.newsgraph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.event.EventsOf.actors;
import static org.newsgraph.extract.event.EventsOf.allByRules;
import static org.newsgraph.extract.event.EventsOf.byRules;
import static org.newsgraph.extract.event.EventsOf.recipient;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forty-second round: agreements whose parties are named after "between" or "with", contracts between two states,
 * plans and declarations adopted, decisions taken together, support for a policy, a crowd gathered "to protest",
 * gatherings that call for something, investigations, members meeting among themselves, verbs in a chain sharing the
 * first one's subject, a relative clause after a quoted description, and attacks "for no reason". The rules are tested
 * alone.
 */
class EventPairsAndDecisionsTest {

    @Test
    void anAgreementBetweenTwoPartiesNamesBoth() {
        EventMention truce = byRules("AGREE", "The attack came on the fourth day of a fragile ceasefire between Abbas's secular"
                + " Fatah faction and the Islamist movement Hamas which leads the government.");
        assertEquals(List.of("Fatah"), actors(truce));
        assertEquals("Hamas", recipient(truce));
        EventMention declaration = byRules("AGREE", "He evoked the 1984 Joint Declaration agreement between Britain and China.");
        assertEquals(List.of("Britain"), actors(declaration));
        assertEquals("China", recipient(declaration));
    }

    @Test
    void aDealSignedWithAPartyIsAnAgreementWhateverItsName() {
        EventMention dpa = byRules("AGREE", "The Sudanese government signed the DPA with a main rebel faction in the Nigerian"
                + " capital Abuja on May 5.");
        assertEquals("main rebel faction", recipient(dpa));
    }

    @Test
    void aContractBetweenTwoStatesIsNoBusinessDeal() {
        EventMention wheat = byRules("AGREE", "Egypt Monday signed a contract worth some 29 million U.S. dollars with Kazakhstan"
                + " to import 120,000 tons of wheat.");
        assertEquals(List.of("Egypt"), actors(wheat));
        assertEquals("Kazakhstan", recipient(wheat));
        assertTrue(allByRules("Ericsson said it had signed a big contract with Vodafone.").stream()
                .noneMatch(e -> e.category().equals("AGREE")), "a firm's contract stays business");
    }

    @Test
    void aPlanOrADeclarationAdoptedIsAnAgreement() {
        EventMention plan = byRules("AGREE", "The leaders also discussed and endorsed the Hanoi Action Plan to implement the"
                + " Busan Roadmap.");
        assertEquals(List.of("leaders"), actors(plan));
        EventMention declaration = byRules("AGREE", "In Istanbul, ministers adopted a declaration pledging cooperative action.");
        assertEquals(List.of("ministers"), actors(declaration));
        assertTrue(allByRules("The Italian lower house on Sunday approved the government's planned 2007 budget.").stream()
                .noneMatch(e -> e.category().equals("AGREE")), "a planned budget is no plan agreed");
    }

    @Test
    void aDecisionTakenTogetherIsAnAgreement() {
        EventMention pair = byRules("AGREE", "Vietnam and Japan have decided to accelerate negotiations on a partnership.");
        assertEquals(List.of("Vietnam", "Japan"), actors(pair));
        byRules("AGREE", "OPEC oil ministers decided to cut the cartel's daily crude oil output.");
        assertTrue(allByRules("Iran has decided to halt talks with the EU on human rights.").stream()
                .noneMatch(e -> e.category().equals("AGREE")), "one party's decision is no agreement");
    }

    @Test
    void supportForAPolicyIsSupport() {
        EventMention initiative = byRules("SUPPORT", "Abdullah said he supported the initiative.");
        assertEquals(List.of("Abdullah"), actors(initiative));
        assertTrue(allByRules("Strong demand supported prices on Monday.").stream()
                .noneMatch(e -> e.category().equals("SUPPORT")), "markets are no party's support");
        EventMention regime = byRules("SUPPORT", "The dispute pits Lukashenko against the one major country that supports"
                + " his authoritarian regime.");
        assertEquals("authoritarian regime", recipient(regime));
    }

    @Test
    void aCrowdGatheredToProtestHeldAProtest() {
        EventMention students = byRules("PROTEST", "Some 5,000 Bihari students smashed through police barriers in the Indian"
                + " capital to protest the killing.");
        assertEquals("demonstrate", students.mode());
        assertTrue(allByRules("They plan to gather on Sunday to protest the decision.").stream()
                .noneMatch(e -> e.category().equals("PROTEST") && e.asserted()), "a gathering planned is no protest held");
    }

    @Test
    void aConferenceCallsForWhatThoseWhoMetWant() {
        EventMention call = byRules("REQUEST", "The summit called on Iran to halt enrichment.");
        assertEquals("Iran", recipient(call));
    }

    @Test
    void anInvestigationByANamedParty() {
        EventMention police = byRules("ACCUSE", "Police investigating the March 26 fire questioned two men.");
        assertEquals("investigate", police.mode());
        assertTrue(allByRules("Meanwhile, the Iraqi Central Investigating Court issued a warrant on Monday.").stream()
                .noneMatch(e -> "investigate".equals(e.mode())), "a word of a court's name is no investigation");
    }

    @Test
    void membersMeetingAmongThemselvesConsult() {
        EventMention opec = byRules("CONSULT", "Ivanov's remarks came as leaders from 26 NATO member countries were meeting in"
                + " Riga, Latvia, for a summit.");
        assertEquals("meet", opec.mode());
    }

    @Test
    void verbsInAChainShareTheFirstOnesSubject() {
        List<EventMention> attacks = allByRules("They have revived memories of Peter Sutcliffe, the \"Yorkshire Ripper\", who"
                + " preyed on prostitutes and murdered 13 women and attacked seven others between 1975 and 1980.");
        assertEquals(2, attacks.stream().filter(e -> e.category().equals("ASSAULT")).count());
        assertTrue(attacks.stream().filter(e -> e.category().equals("ASSAULT"))
                .allMatch(e -> actors(e).equals(List.of("Peter Sutcliffe"))), attacks.toString());
    }

    @Test
    void aSeriesOfActsAfterCommasIsOneActEach() {
        String text = "Under the ordinance, security forces have raided radio stations, seized radio transmission equipment"
                + " and detained journalists.";
        List<EventMention> acts = allByRules(text);
        assertTrue(acts.stream().anyMatch(e -> e.trigger().of(text).equals("seized")), acts.toString());
        EventMention detained = acts.stream().filter(e -> "arrest".equals(e.mode())).findFirst().orElseThrow();
        assertEquals("journalists", recipient(detained));
    }

    @Test
    void anInquiryAndAChargeAreTwoAccusations() {
        List<EventMention> accusations = allByRules("The bombing followed the handover of a report by UN chief investigator"
                + " Detlev Mehlis to UN Secretary General Kofi Annan on his probe into the murder of Hariri, an attack blamed on"
                + " Syria.").stream().filter(e -> e.category().equals("ACCUSE")).toList();
        assertEquals(2, accusations.size(), accusations.toString());
        assertTrue(accusations.stream().anyMatch(e -> "Syria".equals(recipient(e))));
    }

    @Test
    void sentencesFinesTiradesAndAidAmounts() {
        EventMention fine = byRules("COERCE", "The court imposed a fine of 9.25 million dollars on a man who pleaded guilty.");
        assertEquals("man", recipient(fine));
        byRules("COERCE", "The sentencing of Than Aung follows lighter treatment earlier this month.");
        EventMention tirade = byRules("ACCUSE", "He grabbed attention by launching a tirade against his former protege Anwar"
                + " Ibrahim.");
        assertEquals("Anwar Ibrahim", recipient(tirade));
        EventMention aid = byRules("AID", "In addition to approximately 600,000 euros in aid to the independent election"
                + " commission, Moeller promised that Denmark would send election observers.");
        assertEquals("independent election commission", recipient(aid));
    }

    @Test
    void troopsAttackingForNoReasonAttack() {
        EventMention attack = byRules("ASSAULT", "\"Today, everyone knows that Angolan troops are attacking Zaire for no reason"
                + " and without declaring war,\" the statement said.");
        assertEquals("Zaire", recipient(attack));
        byRules("ACCUSE", "The opposition attacked the government for its handling of the crisis.");
    }
}

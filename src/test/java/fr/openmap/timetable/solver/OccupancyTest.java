package fr.openmap.timetable.solver;

import fr.openmap.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import static fr.openmap.timetable.solver.Fixtures.bits;
import static fr.openmap.timetable.solver.Fixtures.buyer;
import static fr.openmap.timetable.solver.Fixtures.slot;
import static fr.openmap.timetable.solver.Fixtures.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Does this meeting fit?": each hard rule the constraint provider scores, for one meeting. */
class OccupancyTest {

    final Occupancy occupancy = new Occupancy();

    @Test
    void anEmptyLedgerTakesAMeetingOfTwoFreeParticipants() {
        assertEquals(Optional.empty(), occupancy.broken(buyer("B1"), structure("S1", 1), slot(0)));
        assertTrue(occupancy.fits(buyer("B1"), structure("S1", 1), slot(0)));
    }

    @Test
    void aBuyerHoldsOneMeetingAtATime() {
        occupancy.add("B1", "S1", slot(0));
        assertEquals(Optional.of(Rule.BUYER_DOUBLE_BOOKED), occupancy.broken(buyer("B1"), structure("S2", 1), slot(0)));
        assertEquals(Optional.empty(), occupancy.broken(buyer("B1"), structure("S2", 1), slot(1)));
    }

    @Test
    void aStructureHoldsAsManyMeetingsAtOnceAsItHasRepresentatives() {
        PlannedStructure two = structure("S1", 2);
        occupancy.add("B1", "S1", slot(0));
        assertEquals(Optional.empty(), occupancy.broken(buyer("B2"), two, slot(0)));
        occupancy.add("B2", "S1", slot(0));
        assertEquals(Optional.of(Rule.STRUCTURE_OVERBOOKED), occupancy.broken(buyer("B3"), two, slot(0)));
        assertEquals("structure S1 has 2 representatives and already has 2 meetings at 11:00 (rule: structureOverbooked)",
                occupancy.explain(Rule.STRUCTURE_OVERBOOKED, buyer("B3"), two, slot(0)).english());
        assertEquals("la structure S1 a 2 représentants et a déjà 2 rendez-vous à 11 h 00 (règle\u00A0: structureOverbooked)",
                occupancy.explain(Rule.STRUCTURE_OVERBOOKED, buyer("B3"), two, slot(0)).in(Language.FR));
    }

    @Test
    void maxMeetingsHoldOnBothSides() {
        PlannedBuyer cappedBuyer = new PlannedBuyer("B1", "1", 1, new BitSet());
        PlannedStructure cappedStructure = new PlannedStructure("S1", 3, 1, new BitSet(), new BitSet(), 1);
        occupancy.add("B1", "S9", slot(0));
        occupancy.add("B9", "S1", slot(1));
        assertEquals(Optional.of(Rule.BUYER_OVER_MAX_MEETINGS), occupancy.broken(cappedBuyer, structure("S2", 1), slot(2)));
        assertEquals(Optional.of(Rule.STRUCTURE_OVER_MAX_MEETINGS), occupancy.broken(buyer("B2"), cappedStructure, slot(2)));
    }

    @Test
    void availabilityPitchesAndTablesHoldWhateverElseIsPlaced() {
        PlannedBuyer away = new PlannedBuyer("B1", "1", Integer.MAX_VALUE, bits(1));
        PlannedBuyer tableless = new PlannedBuyer("B2", null, Integer.MAX_VALUE, new BitSet());
        PlannedStructure busy = new PlannedStructure("S1", 1, Integer.MAX_VALUE, bits(2), new BitSet(), 1);
        PlannedStructure pitching = new PlannedStructure("S2", 1, Integer.MAX_VALUE, new BitSet(), bits(3), 1);
        assertEquals(Optional.of(Rule.BUYER_UNAVAILABLE), occupancy.broken(away, structure("S9", 1), slot(1)));
        assertEquals(Optional.of(Rule.BUYER_WITHOUT_TABLE), occupancy.broken(tableless, structure("S9", 1), slot(0)));
        assertEquals(Optional.of(Rule.STRUCTURE_UNAVAILABLE), occupancy.broken(buyer("B3"), busy, slot(2)));
        assertEquals(Optional.of(Rule.STRUCTURE_UNAVAILABLE), occupancy.broken(buyer("B3"), pitching, slot(3)));
        assertEquals("structure S2 is selected to pitch and pitches during the slot at 11:36 (rule: structureUnavailable)",
                occupancy.explain(Rule.STRUCTURE_UNAVAILABLE, buyer("B3"), pitching, slot(3)).english());
        assertTrue(Occupancy.fitsAlone(away, pitching, slot(0)));
    }

    @Test
    void everyRuleBrokenIsListedInTheOrderARefusalTellsThem() {
        PlannedBuyer capped = new PlannedBuyer("B1", null, 1, bits(0));
        PlannedStructure full = new PlannedStructure("S1", 1, 1, bits(0), new BitSet(), 1);
        occupancy.add("B1", "S1", slot(0));

        assertEquals(List.of(Rule.BUYER_WITHOUT_TABLE, Rule.BUYER_UNAVAILABLE, Rule.STRUCTURE_UNAVAILABLE,
                        Rule.BUYER_DOUBLE_BOOKED, Rule.STRUCTURE_OVERBOOKED, Rule.BUYER_OVER_MAX_MEETINGS,
                        Rule.STRUCTURE_OVER_MAX_MEETINGS),
                occupancy.brokenRules(capped, full, slot(0)));
        assertEquals(Optional.of(Rule.BUYER_WITHOUT_TABLE), occupancy.broken(capped, full, slot(0)));
        assertEquals(List.of(), occupancy.brokenRules(buyer("B2"), structure("S2", 1), slot(0)));
    }

    @Test
    void aBuyerMeetsOneAtATimeAndAStructureAsManyAsItsRepresentatives() {
        assertEquals(1, Occupancy.atOnce(buyer("B1")));
        assertEquals(3, Occupancy.atOnce(structure("S1", 3)));
    }

    @Test
    void aStructureAwayDuringItsPitchIsNotSaidToBePitching() {
        PlannedStructure away = new PlannedStructure("S1", 1, Integer.MAX_VALUE, bits(3), bits(3, 4), 1);

        assertFalse(Occupancy.onlyPitchingAt(away, slot(3)));
        assertTrue(Occupancy.onlyPitchingAt(away, slot(4)));
        assertEquals("structure S1 is not available at 11:36 (rule: structureUnavailable)",
                occupancy.explain(Rule.STRUCTURE_UNAVAILABLE, buyer("B1"), away, slot(3)).english());
    }
}

package fr.openmap.timetable.solver;

import fr.openmap.registration.Approval;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.StructureData;
import fr.openmap.snapshot.EventSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only the participants the organizer let in are planned: a pending or refused registration has no meeting, nor its requests. */
class PendingRegistrationsTest {

    @Test
    void pendingAndRefusedParticipantsAreLeftOutWithTheirRequestsAndBookings() {
        EventSnapshot all = Events.withSession("11:00", 3)
                .buyer("B1").buyer("B2").structure("S1").structure("S2")
                .request("S1", "B1", 1)
                .request("S2", "B1", 1)
                .request("S1", "B2", 2)
                .booking("B2", "S1", "11:12")
                .build();
        List<BuyerData> buyers = all.buyers().stream().map(b -> b.ref().equals("B2") ? with(b, Approval.PENDING) : b).toList();
        List<StructureData> structures = all.structures().stream()
                .map(s -> s.ref().equals("S2") ? with(s, Approval.REFUSED) : s).toList();
        EventSnapshot event = new EventSnapshot(all.event(), buyers, structures, all.requests(), all.bookings());

        TimetableSolution problem = TimetableProblemFactory.build(event, SchedulingRules.defaults());

        assertEquals(List.of("B1"), problem.getBuyers().stream().map(PlannedBuyer::getRef).toList());
        assertEquals(List.of("S1"), problem.getStructures().stream().map(PlannedStructure::getRef).toList());
        assertEquals(List.of("B1/S1"), problem.getMeetings().stream().map(MeetingAssignment::getId).toList());
    }

    private static BuyerData with(BuyerData b, Approval approval) {
        return new BuyerData(b.ref(), b.organization(), b.service(), b.contactName(), b.email(), b.interests(),
                b.unavailable(), b.maxMeetings(), b.table(), b.language(), b.needs(), approval, null);
    }

    private static StructureData with(StructureData s, Approval approval) {
        return new StructureData(s.ref(), s.name(), s.legalForm(), s.siret(), s.department(), s.sector(), s.contactName(),
                s.email(), s.representatives(), s.unavailable(), s.maxMeetings(), s.pitch(), s.language(), s.offer(),
                approval, "not this time");
    }
}

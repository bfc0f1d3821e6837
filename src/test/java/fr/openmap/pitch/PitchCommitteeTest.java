package fr.openmap.pitch;

import fr.openmap.TestEvents;
import fr.openmap.access.ReviewSession;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.event.EventService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.pitch.Committees.addMember;
import static fr.openmap.pitch.Committees.asMember;
import static fr.openmap.pitch.Committees.consolePost;
import static fr.openmap.pitch.Committees.score;
import static fr.openmap.pitch.Committees.session;
import static fr.openmap.pitch.PitchApi.path;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pitch committee through its pages: conflicts of interest, who sees what, reminders, removing a member. */
@QuarkusTest
@Tag("persistence")
class PitchCommitteeTest {

    @Inject
    EventService events;

    static String review(long eventId, long memberId) {
        return ReviewSession.pagePath(eventId, memberId);
    }

    @Test
    void aConflictOfInterestExcludesTheReviewFromTheMedian() {
        long eventId = Committees.eventWithApplications(List.of("S01", "S02"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        long bruno = addMember(eventId, "Bruno Petit", "bruno@macs.example.org");
        long chloe = addMember(eventId, "Chloé Garnier", "chloe@reseau.example.org");
        String aliceSession = session(eventId, alice);
        assertEquals(303, score(eventId, alice, aliceSession, "S01", 5).statusCode());
        assertEquals(303, score(eventId, bruno, session(eventId, bruno), "S01", 1).statusCode());
        assertEquals(303, score(eventId, chloe, session(eventId, chloe), "S01", 3).statusCode());
        organizer().get(path(eventId, "/ranking")).then().statusCode(200)
                .body("find { it.structure == 'S01' }.median", equalTo(3.0f))
                .body("find { it.structure == 'S01' }.reviewCount", equalTo(3));

        asMember(aliceSession).post(review(eventId, alice) + "/applications/S01/conflict").then().statusCode(303);

        // without Alice's 5: the median of 1 and 3
        organizer().get(path(eventId, "/ranking")).then().statusCode(200)
                .body("find { it.structure == 'S01' }.median", equalTo(2.0f))
                .body("find { it.structure == 'S01' }.reviewCount", equalTo(2))
                .body("find { it.structure == 'S01' }.reviews.reviewer", contains("Bruno Petit", "Chloé Garnier"));
        String list = asMember(aliceSession).get(review(eventId, alice)).then().statusCode(200).extract().asString();
        assertFalse(list.contains("data-ref=\"S01\" class") || list.contains("<tr class=\"application\" data-ref=\"S01\""),
                "S01 is no longer given to Alice");
        assertTrue(list.contains("<tr class=\"application\" data-ref=\"S02\""));
        Response refused = asMember(aliceSession).get(review(eventId, alice) + "/applications/S01");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.asString().contains("cette candidature ne fait pas partie de celles qui vous sont confiées"));

        // taking the declaration back makes the review count again
        asMember(aliceSession).post(review(eventId, alice) + "/conflicts/S01/withdraw").then().statusCode(303);
        organizer().get(path(eventId, "/ranking")).then()
                .body("find { it.structure == 'S01' }.median", equalTo(3.0f));
    }

    @Test
    void aMemberOpensOnlyTheirOwnPagesAndTheApplicationsGivenToThem() {
        long eventId = Committees.eventWithApplications(List.of("S01", "S02"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        long bruno = addMember(eventId, "Bruno Petit", "bruno@macs.example.org");
        consolePost("/console/events/" + eventId + "/pitch/reviewers/share",
                Map.of("mode", "per", "reviewersPerApplication", "1")).then().statusCode(303);
        organizer().contentType("application/pdf").body("%PDF-1.4 dossier S01".getBytes(StandardCharsets.US_ASCII))
                .put(path(eventId, "/applications/S01/dossier")).then().statusCode(200);
        organizer().contentType("application/pdf").body("%PDF-1.4 dossier S02".getBytes(StandardCharsets.US_ASCII))
                .put(path(eventId, "/applications/S02/dossier")).then().statusCode(200);
        String aliceSession = session(eventId, alice);

        // one each: S01 to Alice (added first), S02 to Bruno
        String page = asMember(aliceSession).get(review(eventId, alice)).then().statusCode(200).extract().asString();
        assertTrue(page.contains("data-ref=\"S01\""));
        assertFalse(page.contains("data-ref=\"S02\""));
        assertEquals("%PDF-1.4 dossier S01", asMember(aliceSession).get(review(eventId, alice) + "/applications/S01/dossier")
                .then().statusCode(200).contentType("application/pdf").extract().asString());
        for (String denied : List.of("/applications/S02", "/applications/S02/dossier")) {
            Response answer = asMember(aliceSession).get(review(eventId, alice) + denied);
            assertEquals(403, answer.statusCode(), denied);
            assertTrue(answer.asString().contains("<html lang=\"fr\""), denied);
            assertTrue(answer.asString().contains("ne fait pas partie de celles qui vous sont confiées"), denied);
            assertFalse(answer.asString().contains("dossier S02"), denied);
        }
        assertEquals(403, score(eventId, alice, aliceSession, "S02", 4).statusCode());

        // another member's pages, another event's, no session, a participant's token: "this link is not valid"
        long otherEvent = Committees.eventWithApplications(List.of("S01"));
        long dora = addMember(otherEvent, "Dora Blanc", "dora@ville.example.org");
        String doraSession = session(otherEvent, dora);
        String structureToken = TestEvents.tokenOf(PitchApi.importEventWithoutPitches(), "S01");
        List<Response> invalid = List.of(
                asMember(aliceSession).get(review(eventId, bruno)),
                asMember(aliceSession).get(review(otherEvent, dora)),
                asMember(doraSession).get(review(eventId, alice) + "/applications/S01"),
                given().accept("text/html").get(review(eventId, alice)),
                given().accept("text/html").get(review(eventId, alice) + "?token=not-a-token"),
                given().accept("text/html").header("Authorization", "Bearer " + structureToken).get(review(eventId, alice)));
        for (Response answer : invalid) {
            assertEquals(404, answer.statusCode());
            assertTrue(answer.asString().contains("<h1 id=\"error-title\">Lien non valide</h1>"), answer.asString());
            assertFalse(answer.asString().contains("dossier S01"));
        }
        // nothing of others' scores on a member's pages
        assertEquals(303, score(eventId, bruno, session(eventId, bruno), "S02", 2).statusCode());
        assertFalse(asMember(aliceSession).get(review(eventId, alice)).asString().contains("Bruno"));
    }

    @Test
    void aScoreOutsideOneToFiveIsShownNextToItsCriterionAndNothingIsStored() {
        long eventId = Committees.eventWithApplications(List.of("S01"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        String aliceSession = session(eventId, alice);
        Response refused = asMember(aliceSession).formParam("scores.relevance", "7").formParam("scores.socialImpact", "3")
                .formParam("scores.innovation", "3").post(review(eventId, alice) + "/applications/S01");
        assertEquals(422, refused.statusCode());
        String page = refused.asString();
        assertTrue(page.contains("id=\"criterion-relevance-problem\">doit être un nombre entier de 1 à 5"), page);
        assertTrue(page.contains("id=\"criterion-readiness-problem\">est obligatoire"), page);
        organizer().get(path(eventId, "/reviews")).then().body("size()", equalTo(0));
    }

    @Test
    void theOrganizerRemindsThoseWithApplicationsLeftAndIsToldWhenThereIsNothingToRemind() {
        long eventId = Committees.eventWithApplications(List.of("S01", "S02"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        long bruno = addMember(eventId, "Bruno Petit", "bruno@macs.example.org");
        String aliceSession = session(eventId, alice);
        score(eventId, alice, aliceSession, "S01", 4);
        score(eventId, alice, aliceSession, "S02", 4);

        String reviewers = "/console/events/" + eventId + "/pitch/reviewers";
        String page = organizer().accept("text/html").get(reviewers).then().statusCode(200).extract().asString();
        assertTrue(page.contains("2 évaluées sur 2 (terminé)"), page);
        assertTrue(page.contains("0 évaluée sur 2"), page);
        String confirm = organizer().accept("text/html").get(reviewers + "/remind").then().statusCode(200).extract().asString();
        assertTrue(confirm.contains("1 rappel sera envoyé"), confirm);
        assertTrue(confirm.contains("Bruno Petit : 2 candidatures à évaluer"), confirm);
        assertFalse(confirm.contains("Alice Moreau :"), confirm);
        consolePost(reviewers + "/remind", Map.of("expected", "1")).then().statusCode(303);
        List<OutboxMessage> reminders = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "event.id = ?1 and kind = ?2", eventId, CommitteeMails.REMINDER));
        assertEquals(List.of("bruno@macs.example.org"), reminders.stream().map(m -> m.recipientEmail).toList());
        assertTrue(reminders.get(0).subject.startsWith("Rappel : 2 candidatures à évaluer"), reminders.get(0).subject);

        String brunoSession = session(eventId, bruno);
        score(eventId, bruno, brunoSession, "S01", 3);
        score(eventId, bruno, brunoSession, "S02", 3);
        String nothing = organizer().accept("text/html").get(reviewers + "/remind").then().statusCode(200).extract().asString();
        assertTrue(nothing.contains("Rien à rappeler : chaque membre a évalué toutes les candidatures qui lui sont confiées."));
        Response late = consolePost(reviewers + "/remind", Map.of("expected", "1"));
        assertEquals(409, late.statusCode());
        assertTrue(late.asString().contains("rien à rappeler"));
    }

    @Test
    void removingAMemberSaysHowManyReviewsGoAndTheirLinkStopsWorking() {
        long eventId = Committees.eventWithApplications(List.of("S01"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        String aliceSession = session(eventId, alice);
        score(eventId, alice, aliceSession, "S01", 4);
        String reviewers = "/console/events/" + eventId + "/pitch/reviewers";
        String confirm = organizer().accept("text/html").get(reviewers + "/" + alice + "/remove").then().statusCode(200)
                .extract().asString();
        assertTrue(confirm.contains("1 évaluation de sa part sera supprimée"), confirm);
        consolePost(reviewers + "/" + alice + "/remove", Map.of()).then().statusCode(303);
        organizer().get(path(eventId, "/ranking")).then().body("[0].reviewCount", equalTo(0));
        assertEquals(404, asMember(aliceSession).get(review(eventId, alice)).statusCode());
    }

    @Test
    void aMembersNameIsUniqueAndTheOrganizersFreeTextReviewsStayApart() {
        long eventId = Committees.eventWithApplications(List.of("S01"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        Response twice = consolePost("/console/events/" + eventId + "/pitch/reviewers",
                Map.of("name", "Alice Moreau", "email", "autre@gip.example.org"));
        assertEquals(422, twice.statusCode());
        assertTrue(twice.asString().contains("id=\"name-problem\""), twice.asString());
        assertTrue(twice.asString().contains("fait déjà partie de ce comité"), twice.asString());

        // the invitation is stored without the token
        OutboxMessage invitation = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>find(
                "event.id = ?1 and kind = ?2", eventId, CommitteeMails.INVITATION).firstResult());
        assertEquals("jury:" + alice, invitation.recipientRef);
        String token = Committees.token(alice);
        assertFalse(invitation.textBody.contains(token) || invitation.textAfterToken.contains(token));
        assertTrue(invitation.textBody.endsWith(review(eventId, alice) + "?token="), invitation.textBody);

        organizer().body(Map.of("structure", "S01", "reviewer", "Alice Moreau", "scores", PitchApi.scoresFor(3)))
                .post(path(eventId, "/reviews")).then().statusCode(409);
        PitchApi.review(eventId, "S01", "Invité du GIP", 4.0);
        organizer().get(path(eventId, "/ranking")).then().body("[0].reviews.reviewer", contains("Invité du GIP"));
    }

    @Test
    void scoresAreEditableUntilTheSelectionAndThenShownReadOnly() {
        long eventId = Committees.eventWithApplications(List.of("S01"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        String aliceSession = session(eventId, alice);
        assertEquals(303, score(eventId, alice, aliceSession, "S01", 2).statusCode());
        assertEquals(303, score(eventId, alice, aliceSession, "S01", 4).statusCode());
        organizer().get(path(eventId, "/reviews")).then().body("size()", equalTo(1));
        organizer().body(Map.of()).post(path(eventId, "/selection")).then().statusCode(200);

        Response late = score(eventId, alice, aliceSession, "S01", 1);
        assertEquals(409, late.statusCode());
        assertTrue(late.asString().contains("les évaluations sont closes"), late.asString());
        String form = asMember(aliceSession).get(review(eventId, alice) + "/applications/S01").then().statusCode(200)
                .extract().asString();
        assertTrue(form.contains("id=\"frozen\""));
        assertFalse(form.contains("id=\"save-review\""), "no save button once the selection is made");
        organizer().get(path(eventId, "/ranking")).then().body("[0].median", equalTo(4.0f));
    }

    @Test
    void anEventGoesWithItsCommittee() {
        long eventId = Committees.eventWithApplications(List.of("S01", "S02"));
        long alice = addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        String aliceSession = session(eventId, alice);
        score(eventId, alice, aliceSession, "S01", 4);
        asMember(aliceSession).post(review(eventId, alice) + "/applications/S02/conflict").then().statusCode(303);
        consolePost("/console/events/" + eventId + "/pitch/reviewers/share",
                Map.of("mode", "per", "reviewersPerApplication", "1")).then().statusCode(303);
        String slug = organizer().get("/api/events/" + eventId).jsonPath().getString("slug");

        events.delete(eventId, slug);
        organizer().get("/api/events/" + eventId).then().statusCode(404);
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> PitchReviewer.count("event.id", eventId)));
        assertEquals(404, asMember(aliceSession).get(review(eventId, alice)).statusCode());
    }
}

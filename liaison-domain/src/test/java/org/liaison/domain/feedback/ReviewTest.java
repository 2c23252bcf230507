package org.liaison.domain.feedback;

import org.liaison.domain.shared.CoreCapability;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;

class ReviewTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private final Facility hospital = new Facility("Riverton General", "RGH", FacilityKind.HOSPITAL, 400, null, null);
    private final Agency police = agency(7L, "Riverton PD");

    private static Agency agency(Long id, String name) {
        Agency agency = new Agency(name, AgencyType.MUNICIPAL_POLICE, "City", null, null, null);
        agency.setId(id);
        return agency;
    }

    private Incident incident() {
        return new Incident(hospital, police, "Emergency department, bay 4", DAY.atTime(2, 10),
                IncidentCategory.ASSAULT_ON_STAFF, "Patient struck a nurse");
    }

    private Review opened() {
        return Review.ofIncident(incident(), DAY.atTime(9, 0));
    }

    private Review inAgencyInput() {
        Review review = opened();
        review.addFinding(FindingKind.STRENGTH, CoreCapability.OPERATIONAL_COORDINATION, Rating.P, "Fast handover");
        review.requestAgencyInput();
        return review;
    }

    private static CorrectiveAction action(Review review) {
        CorrectiveAction action = new CorrectiveAction("No radio link", "Program the police talkgroup",
                PoeteElement.EQUIPMENT, "Security department", DAY, DAY.plusDays(30));
        action.planIn(review, null);
        return action;
    }

    @Test
    void anIncidentReviewStartsOpenedWithTheIncidentsAgencyAndDay() {
        Review review = opened();
        assertAll(
                () -> assertEquals(ReviewStatus.OPENED, review.getStatus()),
                () -> assertEquals(ReviewKind.INCIDENT_DEBRIEF, review.getKind()),
                () -> assertEquals(DAY, review.getOccurredOn()),
                () -> assertTrue(review.getAgencies().contains(police)),
                () -> assertEquals("Debrief: Assault on staff, Emergency department, bay 4", review.getTitle()));
    }

    @Test
    void aWaivedIncidentGetsNoReview() {
        Incident incident = incident();
        incident.waiveReview("Police only passed through the lobby", "manager", false);
        assertThrows(DomainRuleViolation.class, () -> Review.ofIncident(incident, DAY.atTime(9, 0)));
    }

    @Test
    void writingTheFirstFindingStartsTheDraft() {
        Review review = opened();
        review.addFinding(FindingKind.OBSERVATION, null, null, "Lighting in bay 4 was poor");
        assertEquals(ReviewStatus.DRAFT, review.getStatus());
    }

    @Test
    void theLifecycleRunsFromOpenedToClosed() {
        Review review = inAgencyInput();
        assertEquals(ReviewStatus.AGENCY_INPUT, review.getStatus());
        review.approve("director", DAY.plusDays(12));
        assertEquals(ReviewStatus.APPROVED, review.getStatus());
        assertEquals(12, review.getDaysToApproval());
        CorrectiveAction action = action(review);
        review.startTracking();
        assertEquals(ReviewStatus.ACTIONS_TRACKING, review.getStatus());
        action.accept();
        action.complete(DAY.plusDays(20));
        action.verify("manager", DAY.plusDays(25));
        review.close(DAY.plusDays(26));
        assertAll(() -> assertEquals(ReviewStatus.CLOSED, review.getStatus()),
                () -> assertEquals(DAY.plusDays(26), review.getClosedOn()));
    }

    @Test
    void aReviewWithAnAgencyCannotBeApprovedBeforeTheAgencyWasAskedForInput() {
        Review review = opened();
        review.addFinding(FindingKind.STRENGTH, CoreCapability.PLANNING, Rating.P, "Plan followed");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> review.approve("director", DAY));
        assertTrue(refused.getMessage().contains("went to its agencies"), refused.getMessage());
        assertEquals(ReviewStatus.DRAFT, review.getStatus());
    }

    @Test
    void anExerciseReviewWithoutAgenciesIsApprovedFromItsDraft() {
        Review review = Review.ofExercise(41L, hospital, List.of(), DAY, "Active threat tabletop", DAY.atTime(9, 0));
        review.addFinding(FindingKind.AREA_FOR_IMPROVEMENT, CoreCapability.OPERATIONAL_COMMUNICATIONS, Rating.M,
                "Radios could not reach dispatch");
        assertThrows(DomainRuleViolation.class, review::requestAgencyInput);
        review.approve("director", DAY.plusDays(3));
        assertAll(() -> assertEquals(ReviewStatus.APPROVED, review.getStatus()),
                () -> assertEquals(41L, review.getExerciseId()),
                () -> assertEquals(ReviewKind.EXERCISE_AAR, review.getKind()));
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        Review review = opened();
        assertAll(
                () -> assertThrows(DomainRuleViolation.class, review::requestAgencyInput, "nothing to share yet"),
                () -> assertThrows(DomainRuleViolation.class, review::returnToDraft),
                () -> assertThrows(DomainRuleViolation.class, review::startTracking),
                () -> assertThrows(DomainRuleViolation.class, () -> review.close(DAY)),
                () -> assertThrows(DomainRuleViolation.class, () -> action(review), "no actions before the draft"));
        assertEquals(ReviewStatus.OPENED, review.getStatus());
        review.startDraft();
        assertThrows(DomainRuleViolation.class, review::startDraft);
        Review approved = inAgencyInput();
        approved.approve("director", DAY);
        assertAll(
                () -> assertThrows(DomainRuleViolation.class, () -> approved.approve("director", DAY)),
                () -> assertThrows(DomainRuleViolation.class, approved::startTracking, "no actions to track"),
                () -> assertThrows(DomainRuleViolation.class, () -> approved.addFinding(FindingKind.OBSERVATION, null,
                        null, "too late"), "findings are fixed once approved"),
                () -> assertThrows(DomainRuleViolation.class, () -> approved.updateFrom(new Review())));
        assertEquals(ReviewStatus.APPROVED, approved.getStatus());
    }

    @Test
    void aReviewClosesOnlyWhenEveryActionIsVerifiedOrDeferredWithAReason() {
        Review review = inAgencyInput();
        review.approve("director", DAY);
        CorrectiveAction verified = action(review);
        CorrectiveAction deferred = action(review);
        review.startTracking();
        verified.accept();
        verified.complete(DAY.plusDays(5));
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> review.close(DAY.plusDays(6)));
        assertTrue(refused.getMessage().contains("2 corrective action(s)"), refused.getMessage());
        verified.verify("manager", DAY.plusDays(6));
        assertThrows(DomainRuleViolation.class, () -> deferred.defer(" "), "a deferral needs a reason");
        assertThrows(DomainRuleViolation.class, () -> review.close(DAY.plusDays(6)));
        deferred.defer("Waiting for the radio budget in the next fiscal year");
        review.close(DAY.plusDays(7));
        assertEquals(ReviewStatus.CLOSED, review.getStatus());
        assertThrows(DomainRuleViolation.class, () -> action(review), "a closed plan takes no new actions");
    }

    @Test
    void partnersCommentOnlyWhileTheirInputIsAskedForAndOnlyForTheirAgency() {
        Review review = opened();
        review.addFinding(FindingKind.STRENGTH, CoreCapability.PLANNING, Rating.P, "Plan followed");
        assertThrows(DomainRuleViolation.class, () -> review.addComment(police, "partner", "Pat", "Too early",
                LocalDateTime.now()));
        review.requestAgencyInput();
        Agency other = agency(8L, "Lakeside PD");
        assertThrows(DomainRuleViolation.class, () -> review.addComment(other, "p2", "Lee", "Not ours",
                LocalDateTime.now()));
        ReviewComment comment = review.addComment(police, "partner", "Pat", "Our unit was held at the gate",
                LocalDateTime.now());
        assertEquals(police, comment.getAgency());
        assertThrows(DomainRuleViolation.class, () -> comment.edit("someone.else", "changed", LocalDateTime.now()),
                "only the author edits a comment");
        comment.edit("partner", "Our unit was held at the ambulance gate for 4 minutes", LocalDateTime.now());
        assertTrue(comment.getText().contains("4 minutes"));
        review.approve("director", DAY);
        assertThrows(DomainRuleViolation.class, () -> comment.edit("partner", "later", LocalDateTime.now()));
    }

    @Test
    void partnersOfTheReviewsAgencySeeItFromAgencyInputUnlessTheLabelKeepsThemOut() {
        Review review = opened();
        assertFalse(review.isSharedWith(7L), "not shared before agency input");
        review.addFinding(FindingKind.STRENGTH, CoreCapability.PLANNING, Rating.P, "Plan followed");
        review.requestAgencyInput();
        assertAll(() -> assertTrue(review.isSharedWith(7L)), () -> assertFalse(review.isSharedWith(8L)),
                () -> assertFalse(review.isSharedWith(null)));
        review.setTlp(Tlp.AMBER_STRICT);
        assertFalse(review.isSharedWith(7L), "AMBER+STRICT keeps it within the hospital");
    }

    @Test
    void areasForImprovementNameACapabilityAndARating() {
        Review review = opened();
        assertAll(
                () -> assertEquals("capability", assertThrows(DomainRuleViolation.class, () -> review.addFinding(
                        FindingKind.AREA_FOR_IMPROVEMENT, null, Rating.S, "x")).getField()),
                () -> assertEquals("rating", assertThrows(DomainRuleViolation.class, () -> review.addFinding(
                        FindingKind.AREA_FOR_IMPROVEMENT, CoreCapability.PLANNING, null, "x")).getField()),
                () -> assertEquals("text", assertThrows(DomainRuleViolation.class, () -> review.addFinding(
                        FindingKind.STRENGTH, CoreCapability.PLANNING, Rating.P, " ")).getField()));
    }

    @Test
    void aReviewStillInDraftFourteenDaysAfterTheIncidentRemindsOnce() {
        Review review = opened();
        assertFalse(review.remindDraftOn(DAY.plusDays(13)));
        assertTrue(review.remindDraftOn(DAY.plusDays(14)));
        assertFalse(review.remindDraftOn(DAY.plusDays(14)), "once");
        assertFalse(review.remindDraftOn(DAY.plusDays(30)), "once");
        Review approved = inAgencyInput();
        approved.approve("director", DAY.plusDays(2));
        assertFalse(approved.remindDraftOn(DAY.plusDays(20)));
    }
}

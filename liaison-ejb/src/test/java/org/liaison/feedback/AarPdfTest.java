package org.liaison.feedback;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.agency.AgencyType;
import org.liaison.domain.facility.Facility;
import org.liaison.domain.facility.FacilityKind;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.PoeteElement;
import org.liaison.domain.feedback.Rating;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.shared.Tlp;

class AarPdfTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 3);

    @Test
    void theAarIpHasEverySectionOfTheHseepShapeAndItsTlpLabelOnEveryPage() throws IOException {
        Facility hospital = new Facility("Riverton General Hospital", "RGH", FacilityKind.HOSPITAL, 420, null, null);
        Agency police = new Agency("Riverton Police Department", AgencyType.MUNICIPAL_POLICE, "City", null, null, null);
        Review review = Review.ofExercise(9L, hospital, List.of(police), DAY, "Active threat full-scale exercise",
                DAY.atTime(16, 0));
        review.setTlp(Tlp.AMBER_STRICT);
        review.setObjectives("Lock down the emergency department within 5 minutes.");
        review.addFinding(FindingKind.STRENGTH, CoreCapability.OPERATIONAL_COORDINATION, Rating.P,
                "Unified command post set up in 4 minutes");
        Finding radios = review.addFinding(FindingKind.AREA_FOR_IMPROVEMENT, CoreCapability.OPERATIONAL_COMMUNICATIONS,
                Rating.M, "Hospital radios could not reach the police talkgroup");
        review.addFinding(FindingKind.OBSERVATION, null, null, "Visitors sheltered in the chapel");
        review.requestAgencyInput();
        review.addComment(police, "partner", "Pat Partner", "Our units staged at the wrong entrance", DAY.atTime(18, 0));
        review.approve("director", DAY.plusDays(9));
        CorrectiveAction action = new CorrectiveAction("No shared talkgroup", "Program the police talkgroup into"
                + " hospital radios", PoeteElement.EQUIPMENT, "Security department", DAY.plusDays(10), DAY.plusDays(60));
        action.planIn(review, radios);

        byte[] pdf = AarPdf.render(review, Set.of(CoreCapability.OPERATIONAL_COMMUNICATIONS));

        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = extractor.getTextFromPage(page);
            assertTrue(text.contains("TLP:AMBER+STRICT"), "page " + page + " carries the label: " + text);
            all.append(text).append('\n');
        }
        String text = all.toString();
        assertAll(
                () -> assertTrue(text.contains("After-Action Report / Improvement Plan")),
                () -> assertTrue(text.contains("OVERVIEW")),
                () -> assertTrue(text.contains("OBJECTIVES AND CAPABILITY RATINGS")),
                () -> assertTrue(text.contains("Lock down the emergency department")),
                () -> assertTrue(text.contains("M - performed with major challenges")),
                () -> assertTrue(text.contains("STRENGTHS")),
                () -> assertTrue(text.contains("Unified command post")),
                () -> assertTrue(text.contains("AREAS FOR IMPROVEMENT")),
                () -> assertTrue(text.contains("REPEAT FINDING")),
                () -> assertTrue(text.contains("OBSERVATIONS")),
                () -> assertTrue(text.contains("AGENCY INPUT")),
                () -> assertTrue(text.contains("Our units staged at the wrong entrance")),
                () -> assertTrue(text.contains("APPENDIX A: IMPROVEMENT PLAN")),
                () -> assertTrue(text.contains("Program the police talkgroup")),
                () -> assertTrue(text.contains("Equipment")));
    }
}

package org.liaison.feedback;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.domain.agency.Agency;
import org.liaison.domain.shared.CoreCapability;
import org.liaison.domain.feedback.CorrectiveAction;
import org.liaison.domain.feedback.Finding;
import org.liaison.domain.feedback.FindingKind;
import org.liaison.domain.feedback.Rating;
import org.liaison.domain.feedback.Review;
import org.liaison.domain.feedback.ReviewComment;
import org.liaison.domain.shared.Tlp;

/**
 * A review as an After-Action Report / Improvement Plan in the HSEEP shape: overview, objectives and capability
 * ratings, strengths, areas for improvement, observations, the agencies' input, and the improvement plan table.
 * Every page carries the review's TLP label at its top and bottom, as TLP 2.0 asks of documents.
 */
final class AarPdf {

    static final String[] SECTIONS = {"OVERVIEW", "OBJECTIVES AND CAPABILITY RATINGS", "STRENGTHS",
        "AREAS FOR IMPROVEMENT", "OBSERVATIONS", "AGENCY INPUT", "APPENDIX A: IMPROVEMENT PLAN"};

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0x0B, 0x4F, 0x8A));
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font HEAD = new Font(Font.HELVETICA, 8, Font.BOLD, Color.WHITE);
    private static final Font CELL = new Font(Font.HELVETICA, 8);

    private AarPdf() {
    }

    static byte[] render(Review review, Set<CoreCapability> repeated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 32, 32, 44, 44);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new TlpMarking(review.getTlp()));
            document.addTitle("After-Action Report / Improvement Plan - " + review.getTitle());
            document.open();
            document.add(new Paragraph("After-Action Report / Improvement Plan", TITLE));
            document.add(new Paragraph(review.getTitle(), BOLD));

            heading(document, 0);
            PdfPTable overview = new PdfPTable(new float[] {1.3f, 4f});
            overview.setWidthPercentage(100);
            row(overview, "Type", review.getKind() == org.liaison.domain.feedback.ReviewKind.EXERCISE_AAR
                    ? "Exercise after-action review" : "Incident debrief");
            row(overview, "Date", String.valueOf(review.getOccurredOn()));
            row(overview, "Facility", review.getFacility().getName());
            row(overview, "Participating agencies", review.getAgencies().stream().map(Agency::getName).sorted()
                    .collect(Collectors.joining(", ")));
            row(overview, "Hospital participants", review.getStaffParticipants());
            row(overview, "Agency participants", review.getAgencyParticipants());
            row(overview, "Status", review.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT)
                    + (review.getApprovedOn() == null ? "" : ", approved " + review.getApprovedOn() + " by "
                    + review.getApprovedBy()));
            row(overview, "Handling", review.getTlp().label());
            row(overview, "Summary", review.getOverview());
            document.add(overview);

            heading(document, 1);
            document.add(new Paragraph(text(review.getObjectives(), "No objectives recorded."), BODY));
            PdfPTable ratings = table(new float[] {4f, 1f}, "Core capability", "Rating");
            ratings(review.getFindings()).forEach((capability, rating) -> {
                ratings.addCell(cell(label(capability)));
                ratings.addCell(cell(rating.name() + " - " + meaning(rating)));
            });
            document.add(ratings);

            findings(document, 2, review.getFindings(), FindingKind.STRENGTH, repeated);
            findings(document, 3, review.getFindings(), FindingKind.AREA_FOR_IMPROVEMENT, repeated);
            findings(document, 4, review.getFindings(), FindingKind.OBSERVATION, repeated);

            heading(document, 5);
            List<ReviewComment> comments = review.getComments();
            if (comments.isEmpty()) {
                document.add(new Paragraph("No agency input recorded.", BODY));
            }
            for (ReviewComment comment : comments) {
                document.add(new Paragraph(comment.getAgency().getName() + " (" + comment.getAuthorName() + ", "
                        + comment.getWrittenAt().toLocalDate() + "): " + comment.getText(), BODY));
            }

            document.newPage();
            heading(document, 6);
            PdfPTable plan = table(new float[] {1.6f, 2f, 2f, 1f, 1.5f, 1.2f, 0.9f, 0.9f, 1f}, "Core capability",
                    "Issue / area for improvement", "Corrective action", "Capability element",
                    "Primary responsible organisation", "Organisation POC", "Start date", "Completion date", "Status");
            for (CorrectiveAction a : review.getActions()) {
                Stream.of(a.getCapability() == null ? "-" : label(a.getCapability()), a.getIssue(), a.getAction(),
                        a.getElement().name().charAt(0) + a.getElement().name().substring(1).toLowerCase(Locale.ROOT),
                        a.getResponsibleOrganisation(), text(a.getContactName(), "-"), String.valueOf(a.getStartOn()),
                        a.getDueOn() + (a.isDueMoved() ? " (originally " + a.getOriginalDueOn() + ")" : ""),
                        a.getStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT))
                        .forEach(v -> plan.addCell(cell(v)));
            }
            if (review.getActions().isEmpty()) {
                PdfPCell none = cell("No corrective actions.");
                none.setColspan(9);
                plan.addCell(none);
            }
            document.add(plan);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the AAR/IP", e);
        }
        return out.toByteArray();
    }

    /** Per capability the worst rating any strength or area for improvement gave it. */
    private static Map<CoreCapability, Rating> ratings(List<Finding> findings) {
        Map<CoreCapability, Rating> ratings = new EnumMap<>(CoreCapability.class);
        findings.stream().filter(f -> f.getCapability() != null && f.getRating() != null)
                .forEach(f -> ratings.merge(f.getCapability(), f.getRating(),
                        (a, b) -> a.ordinal() >= b.ordinal() ? a : b));
        return ratings;
    }

    private static void findings(Document document, int section, List<Finding> findings, FindingKind kind,
            Set<CoreCapability> repeated) throws DocumentException {
        heading(document, section);
        List<Finding> ofKind = findings.stream().filter(f -> f.getKind() == kind).toList();
        if (ofKind.isEmpty()) {
            document.add(new Paragraph("None recorded.", BODY));
        }
        for (Finding f : ofKind) {
            String about = f.getCapability() == null ? "" : label(f.getCapability())
                    + (f.getRating() == null ? "" : " (" + f.getRating() + ")")
                    + (kind == FindingKind.AREA_FOR_IMPROVEMENT && repeated.contains(f.getCapability())
                    ? " - REPEAT FINDING" : "") + ": ";
            document.add(new Paragraph(about + f.getText(), BODY));
        }
    }

    private static void heading(Document document, int section) throws DocumentException {
        Paragraph heading = new Paragraph(SECTIONS[section], HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, HEAD));
            cell.setBackgroundColor(new Color(0x0B, 0x4F, 0x8A));
            cell.setPadding(3);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell name = new PdfPCell(new Phrase(label, BOLD));
        name.setPadding(3);
        table.addCell(name);
        table.addCell(cell(text(value, "-")));
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        cell.setPadding(3);
        return cell;
    }

    private static String text(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    static String label(CoreCapability capability) {
        String name = capability.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String meaning(Rating rating) {
        return switch (rating) {
            case P -> "performed without challenges";
            case S -> "performed with some challenges";
            case M -> "performed with major challenges";
            case U -> "unable to be performed";
        };
    }

    /** The TLP label at the top right and bottom of every page. */
    private static final class TlpMarking extends PdfPageEventHelper {

        private final Tlp tlp;

        TlpMarking(Tlp tlp) {
            this.tlp = tlp;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Font font = new Font(Font.HELVETICA, 10, Font.BOLD, colour(tlp));
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase(tlp.label(), font),
                    document.right(), document.top() + 16, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(tlp.label() + "  -  page " + writer.getPageNumber(), font),
                    (document.right() + document.left()) / 2, document.bottom() - 20, 0);
        }

        private static Color colour(Tlp tlp) {
            return switch (tlp) {
                case RED -> new Color(0xC0, 0x00, 0x00);
                case AMBER, AMBER_STRICT -> new Color(0xA0, 0x5A, 0x00);
                case GREEN -> new Color(0x1B, 0x6E, 0x20);
                case CLEAR -> Color.BLACK;
            };
        }
    }
}

package org.liaison.relationship;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The facility's direct lines as a printable sheet in the shape of ICS 205A (Communications List): assigned
 * position, name, and methods of contact. Every page says it is sensitive: it lists officers' direct numbers.
 */
final class ContactSheetPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
    private static final Font WARNING = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0xA6, 0x1B, 0x1B));
    static final String SENSITIVE = "SENSITIVE - LAW ENFORCEMENT CONTACT INFORMATION - DO NOT POST OR DISTRIBUTE";

    private ContactSheetPdf() {
    }

    static byte[] render(String facilityName, List<WhoToCall.Card> cards, String preparedBy, LocalDateTime at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 28, 28, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new SensitiveFooter());
            document.addTitle("ICS 205A Communications List - " + facilityName);
            document.open();
            Paragraph warning = new Paragraph(SENSITIVE, WARNING);
            warning.setAlignment(Element.ALIGN_CENTER);
            document.add(warning);
            document.add(new Paragraph("COMMUNICATIONS LIST (ICS 205A)", TITLE));
            document.add(new Paragraph("1. Incident / facility: " + facilityName + "    2. Date/time prepared: "
                    + at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "    Prepared by: " + preparedBy,
                    SMALL));
            document.add(new Paragraph("3. Basic local communications information", SMALL));
            PdfPTable table = new PdfPTable(new float[] {2.6f, 1.1f, 2.2f, 4.1f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            table.setHeaderRows(1);
            Stream.of("Incident assigned position (agency / role)", "Line", "Name",
                    "Method(s) of contact (phone, mobile, radio, e-mail)").forEach(h -> table.addCell(header(h)));
            for (WhoToCall.Card card : cards) {
                String position = card.agencyName() + " (" + card.role().toLowerCase().replace('_', ' ') + ")";
                table.addCell(cell(position));
                table.addCell(cell("Agency"));
                table.addCell(cell("Dispatch / non-emergency"));
                table.addCell(cell(join("Dispatch " + nz(card.dispatchPhone()),
                        "Non-emergency " + nz(card.nonEmergencyPhone()))));
                line(table, position, "Primary", card.primary());
                line(table, position, "Backup", card.backup());
            }
            if (cards.isEmpty()) {
                PdfPCell none = cell("No active agency relationships for this facility.");
                none.setColspan(4);
                table.addCell(none);
            }
            document.add(table);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the contact sheet", e);
        }
        return out.toByteArray();
    }

    private static void line(PdfPTable table, String position, String which, WhoToCall.Line line) {
        if (line == null) {
            return;
        }
        table.addCell(cell(position));
        table.addCell(cell(which));
        table.addCell(cell(line.name()));
        table.addCell(cell(join(line.phone() == null ? null : "Phone " + line.phone(),
                line.mobile() == null ? null : "Mobile " + line.mobile(),
                line.radioChannel() == null ? null : "Radio " + line.radioChannel(), line.email())));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining("  |  "));
    }

    private static String nz(String value) {
        return value == null ? "-" : value;
    }

    private static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, HEAD));
        cell.setBackgroundColor(new Color(0x0B, 0x4F, 0x8A));
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        cell.setPadding(3);
        return cell;
    }

    /** The sensitivity marking on every page, as the footer. */
    private static final class SensitiveFooter extends com.lowagie.text.pdf.PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            com.lowagie.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(SENSITIVE + "  -  page " + writer.getPageNumber(), SMALL),
                    (document.right() + document.left()) / 2, document.bottom() - 18, 0);
        }
    }
}

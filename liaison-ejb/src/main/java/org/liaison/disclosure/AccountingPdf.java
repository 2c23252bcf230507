package org.liaison.disclosure;

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
import java.util.stream.Stream;

/**
 * The accounting of disclosures for one patient as a letter a hospital can hand over (45 CFR 164.528(b)): for each
 * recipient and purpose the first date, how many times and the last date, then every disclosure with the recipient's
 * address, what was disclosed and why. Every page is marked as containing protected health information.
 */
final class AccountingPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font CELL = new Font(Font.HELVETICA, 9);
    private static final Font HEAD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    static final String PHI = "CONFIDENTIAL - CONTAINS PROTECTED HEALTH INFORMATION";

    private AccountingPdf() {
    }

    static byte[] render(Accounting accounting, String preparedBy, LocalDateTime at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER.rotate(), 28, 28, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            document.addTitle("Accounting of disclosures - " + accounting.mrn());
            document.open();
            document.add(new Paragraph("ACCOUNTING OF DISCLOSURES TO LAW ENFORCEMENT", TITLE));
            document.add(new Paragraph("Patient (MRN): " + accounting.mrn() + "    Period: " + accounting.from()
                    + " to " + accounting.asOf() + "    Prepared " + at.format(DateTimeFormatter.ofPattern(
                            "yyyy-MM-dd HH:mm")) + " by " + preparedBy, SMALL));
            document.add(new Paragraph("Disclosures under 45 CFR 164.512(f). Repeated disclosures to the same"
                    + " recipient for the same purpose are summarised.", SMALL));
            document.add(new Paragraph("Summary by recipient and purpose", SECTION));
            PdfPTable summary = table(new float[] {2.2f, 2f, 2.6f, 3f, 1.2f, 1f, 1.2f}, "Agency", "Recipient",
                    "Address", "Purpose", "First", "Times", "Last");
            accounting.summary().forEach(s -> Stream.of(s.agencyName(), s.recipientName(), s.recipientAddress(),
                    s.purpose(), String.valueOf(s.first()), String.valueOf(s.frequency()), String.valueOf(s.last()))
                    .forEach(v -> summary.addCell(cell(v))));
            none(summary, accounting.summary().isEmpty(), 7);
            document.add(summary);
            document.add(new Paragraph("Each disclosure", SECTION));
            PdfPTable each = table(new float[] {1.2f, 2f, 2f, 2.6f, 3f, 2.6f, 1.8f}, "Date", "Agency", "Recipient",
                    "Address", "Information disclosed", "Purpose", "Basis");
            accounting.disclosures().forEach(e -> Stream.of(String.valueOf(e.disclosedOn()), e.agencyName(),
                    e.recipientName(), e.recipientAddress(), e.description(), e.purpose(), e.basis().name()
                            + (e.legalDocument() == null ? "" : " (" + e.legalDocument().name() + ")"))
                    .forEach(v -> each.addCell(cell(v))));
            none(each, accounting.disclosures().isEmpty(), 7);
            document.add(each);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render the accounting", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, HEAD));
            cell.setBackgroundColor(new Color(0x0B, 0x4F, 0x8A));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void none(PdfPTable table, boolean empty, int columns) {
        if (empty) {
            PdfPCell cell = cell("No disclosures to account for in this period.");
            cell.setColspan(columns);
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "-" : text, CELL));
        cell.setPadding(3);
        return cell;
    }

    private static final class Footer extends com.lowagie.text.pdf.PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            com.lowagie.text.pdf.ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(PHI + "  -  page " + writer.getPageNumber(), SMALL),
                    (document.right() + document.left()) / 2, document.bottom() - 18, 0);
        }
    }
}

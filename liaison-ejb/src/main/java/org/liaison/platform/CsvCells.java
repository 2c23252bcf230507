package org.liaison.platform;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, a tab or a carriage
 * return is run as a formula when the export is opened in a spreadsheet ({@code =HYPERLINK(...)} phoning home with
 * the directory). Exported cells are prefixed with a quote so the spreadsheet shows them as text; the database keeps
 * the value as typed, and importing an exported file takes the quote off again.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String neutralised(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The value as it was before {@link #neutralised}: a quote followed by a formula start is ours. */
    public static String restored(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}

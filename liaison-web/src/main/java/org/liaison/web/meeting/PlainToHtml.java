package org.liaison.web.meeting;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person types into a plain text box, as the simple HTML minutes are kept in: paragraphs at blank lines, lines
 * starting with "- " or "* " as a bullet list, everything escaped. The service sanitises it again.
 */
public final class PlainToHtml {

    private PlainToHtml() {
    }

    public static String convert(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> bullets = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String l = line.strip();
                if (l.startsWith("- ") || l.startsWith("* ")) {
                    bullets.add(escape(l.substring(2).strip()));
                } else if (!l.isEmpty()) {
                    lines.add(escape(l));
                }
            }
            if (!lines.isEmpty()) {
                html.append("<p>").append(String.join("<br>", lines)).append("</p>");
            }
            if (!bullets.isEmpty()) {
                html.append("<ul>");
                bullets.forEach(b -> html.append("<li>").append(b).append("</li>"));
                html.append("</ul>");
            }
        }
        return html.toString();
    }

    /** Minutes kept as HTML, back as text to edit: list items as "- " lines. */
    public static String toPlain(String html) {
        if (html == null) {
            return null;
        }
        return org.liaison.domain.shared.RichText.plain(html.replace("<li>", "<li>- ").replace("</p>", "</p><br>"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

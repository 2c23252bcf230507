package org.liaison.domain.shared;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one policy for rich text that people write and others read (meeting minutes, bulletins): paragraphs, emphasis,
 * lists, headings, tables, block quotes and links to https or mail addresses survive; scripts, event handlers, styles,
 * frames, images and every other URL scheme do not. Entities pass their rich-text fields through {@link #sanitize}
 * before they store them, so nothing unsafe reaches the database or a page.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .allowElements("br", "hr", "ul", "ol", "li")
                    .toFactory());

    private RichText() {
    }

    /** The safe form of the given HTML; null stays null, and text that sanitises to nothing becomes the empty string. */
    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        return POLICY.sanitize(html).strip();
    }

    /** The text without any markup (for plain-text exports, calendar descriptions and search). */
    public static String plain(String html) {
        if (html == null) {
            return null;
        }
        String withoutTags = new HtmlPolicyBuilder().toFactory().sanitize(html.replaceAll("(?i)<(br|/p|/li|/h[1-6])\\s*/?>", "\n"));
        return org.owasp.html.Encoding.decodeHtml(withoutTags, false).strip();
    }
}

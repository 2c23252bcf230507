package org.liaison.web.layout;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The main navigation's markup, written in one piece. It used to be some forty Faces links built and rendered on
 * every page, each resolving its outcome through the navigation handler: about 12 % of a page's time under load
 * (JFR), for markup that depends only on the person's links, the page's link and the bundle. The markup is the same
 * as those links gave: the same ids, classes, {@code aria-current} and extensionless addresses.
 */
final class MenuHtml {

    private MenuHtml() {
    }

    /**
     * @param groups the person's groups ({@link Menu#forPerson})
     * @param current the link the page belongs to, or null
     * @param homeCurrent whether the page is the home page
     * @param contextPath the application's context path, e.g. {@code /liaison}
     * @param label the text of a bundle key
     */
    static String of(List<Menu.Group> groups, Menu.Link current, boolean homeCurrent, String contextPath,
            UnaryOperator<String> label) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<ul class=\"nav-top\">");
        html.append("<li class=\"nav-item\">");
        link(html, "nav-home", contextPath + "/index", label.apply("nav.home"),
                "nav-top-link" + (homeCurrent ? " active" : ""), homeCurrent);
        html.append("</li>");
        for (Menu.Group group : groups) {
            if (group.isSingle()) {
                Menu.Link only = group.links().get(0);
                boolean isCurrent = only.equals(current);
                html.append("<li class=\"nav-item\">");
                link(html, "nav-" + only.id(), contextPath + only.outcome(), label.apply(only.key()),
                        "nav-top-link" + (isCurrent ? " active" : ""), isCurrent);
                html.append("</li>");
                continue;
            }
            String name = escape(label.apply(group.key()));
            html.append("<li class=\"nav-item nav-group").append(group.contains(current) ? " current" : "").append("\">")
                    .append("<button type=\"button\" id=\"navgroup-").append(group.id())
                    .append("\" class=\"nav-group-button\" aria-expanded=\"false\" aria-controls=\"navlist-")
                    .append(group.id()).append("\">").append(name)
                    .append("<span class=\"chevron\" aria-hidden=\"true\"></span></button>")
                    .append("<span class=\"nav-group-heading\">").append(name).append("</span>")
                    .append("<ul class=\"nav-list\" id=\"navlist-").append(group.id()).append("\">");
            for (Menu.Link l : group.links()) {
                boolean isCurrent = l.equals(current);
                html.append("<li>");
                link(html, "nav-" + l.id(), contextPath + l.outcome(), label.apply(l.key()), isCurrent ? "active" : "",
                        isCurrent);
                html.append("</li>");
            }
            html.append("</ul></li>");
        }
        return html.append("</ul>").toString();
    }

    private static void link(StringBuilder html, String id, String href, String text, String styleClass,
            boolean isCurrent) {
        html.append("<a id=\"").append(id).append("\" href=\"").append(escape(href)).append('"');
        if (!styleClass.isEmpty()) {
            html.append(" class=\"").append(styleClass).append('"');
        }
        if (isCurrent) {
            html.append(" aria-current=\"page\"");
        }
        html.append('>').append(escape(text)).append("</a>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

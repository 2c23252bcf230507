package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * No {@code h:link} renders once per row. An {@code h:link} asks the navigation handler for its outcome's view each
 * time it renders; in the home's lists and the tables' rows that was the largest single cost of the home page. Rows
 * write their links as plain anchors ({@code <a href="#{request.contextPath}/reviews/view?id=#{row.id()}">}).
 */
class LinksInRowsTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final String FACES_HTML = "jakarta.faces.html";
    /** Components that render their children once per row or item. */
    private static final Set<String> ITERATING = Set.of("repeat", "dataTable", "dataList", "dataView", "dataGrid",
            "dataScroller", "treeTable", "forEach");

    @Test
    void noPageRendersAnHLinkOncePerRow() throws Exception {
        List<String> linksInRows = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                pages++;
                collect(parse(page).getDocumentElement(), null, PAGES.relativize(page).toString(), linksInRows);
            }
        }
        assertTrue(pages > 50, "the pages were found: " + pages);
        assertEquals(List.of(), linksInRows);
    }

    private static void collect(Element element, String iteratingAncestor, String page, List<String> found) {
        if (iteratingAncestor != null && FACES_HTML.equals(element.getNamespaceURI())
                && "link".equals(element.getLocalName())) {
            found.add(page + ": h:link to " + element.getAttribute("outcome") + " inside " + iteratingAncestor);
        }
        String inside = iteratingAncestor != null || !ITERATING.contains(element.getLocalName())
                ? iteratingAncestor : element.getTagName();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, inside, page, found);
            }
        }
    }

    private static org.w3c.dom.Document parse(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Some pages start with <!DOCTYPE html>; nothing external is loaded.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        try {
            return factory.newDocumentBuilder().parse(page.toFile());
        } catch (IOException e) {
            throw new IOException(page + ": " + e.getMessage(), e);
        }
    }
}

package org.liaison.web.shared;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every menu whose options are records' ids names its converter. Without one, PrimeFaces looks a converter up anew
 * for every option, evaluating the value's expression each time: the director's 81-hospital filter cost twice the
 * render it costs with eight (JFR, the calendar under load).
 */
class IdMenuConvertersTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    /** A select component up to its end tag, lazily: the items inside it come with it. */
    private static final Pattern SELECT = Pattern.compile("<p:select\\w+\\b([^>]*)>(.*?)</p:select\\w+>",
            Pattern.DOTALL);
    private static final Pattern ID_ITEMS = Pattern.compile("itemValue=\"#\\{\\w+\\.(id|\\w+Id)(\\(\\))?}\"");

    @Test
    void everyMenuOfIdsNamesItsConverter() throws IOException {
        List<String> missing = new ArrayList<>();
        int menus = 0;
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher select = SELECT.matcher(Files.readString(page));
                while (select.find()) {
                    if (ID_ITEMS.matcher(select.group(2)).find()) {
                        menus++;
                        if (!select.group(1).contains("converter=\"jakarta.faces.Long\"")) {
                            missing.add(WEBAPP.relativize(page) + ": " + select.group(1).strip());
                        }
                    }
                }
            }
        }
        assertTrue(menus >= 20, "the menus of ids were found: " + menus);
        assertTrue(missing.isEmpty(), "menus of ids without converter=\"jakarta.faces.Long\": " + missing);
    }
}

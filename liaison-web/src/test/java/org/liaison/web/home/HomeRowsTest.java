package org.liaison.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HomeRowsTest {

    private final HomeRows rows = new HomeRows("");

    @Test
    void upToTenRowsAreAllShownInTheirOwnOrder() {
        List<Integer> ten = IntStream.rangeClosed(1, 10).map(i -> 11 - i).boxed().toList();
        assertEquals(ten, rows.shown("facilities", ten, Comparator.naturalOrder()));
        assertEquals(ten, rows.shown("response", ten));
    }

    @Test
    void beyondTenTheTenNeedingAttentionMostAreShownFirst() {
        List<Integer> percents = List.of(90, 15, 100, 40, 75, 5, 60, 30, 85, 20, 50, 10, 95);
        assertEquals(List.of(5, 10, 15, 20, 30, 40, 50, 60, 75, 85),
                rows.shown("facilities", percents, Comparator.naturalOrder()));
    }

    @Test
    void rowsAlreadyOrderedKeepTheirOrderAndLoseTheTail() {
        List<Integer> slowestFirst = IntStream.rangeClosed(1, 44).map(i -> 100 - i).boxed().toList();
        assertEquals(slowestFirst.subList(0, 10), rows.shown("response", slowestFirst));
    }

    @Test
    void showAllListsEveryRowOfThatSectionOnly() {
        HomeRows asked = new HomeRows("response");
        List<Integer> many = IntStream.rangeClosed(1, 44).boxed().toList();
        assertEquals(many, asked.shown("response", many));
        assertEquals(10, asked.shown("facilities", many, Comparator.naturalOrder()).size());
    }
}

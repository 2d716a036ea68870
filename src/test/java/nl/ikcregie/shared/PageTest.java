package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aRequestedNumberIsKeptWithinTheFirstAndLastPage() {
        assertEquals(1, Page.clamp(null, 50, 7000));
        assertEquals(1, Page.clamp("", 50, 7000));
        assertEquals(1, Page.clamp("twee", 50, 7000));
        assertEquals(1, Page.clamp("-3", 50, 7000));
        assertEquals(3, Page.clamp(" 3 ", 50, 7000));
        assertEquals(140, Page.clamp("999", 50, 7000));
        assertEquals(1, Page.clamp("5", 50, 0), "an empty list has one (empty) page");
    }

    @Test
    void aPageKnowsItsPlaceInTheList() {
        Page<String> page = new Page<>(List.of("x"), 2, 50, 101);
        assertEquals(3, page.pages());
        assertEquals(51, page.from());
        assertEquals(100, page.to());
        assertEquals(50, page.first());
        assertTrue(page.hasPrevious());
        assertTrue(page.hasNext());
        assertEquals(1, page.previous());
        assertEquals(3, page.next());
        Page<String> empty = new Page<>(List.of(), 1, 50, 0);
        assertEquals(0, empty.from());
        assertEquals(0, empty.to());
        assertFalse(empty.hasNext());
        assertFalse(empty.hasPrevious());
    }

    @Test
    void theWindowShowsTheEndsAndTheNeighboursWithGapsBetween() {
        assertEquals(List.of(1, 2, 3), new Page<>(List.of(), 1, 50, 150).window());
        assertEquals(List.of(1, 0, 8, 9, 10, 11, 12, 0, 140), new Page<>(List.of(), 10, 50, 7000).window());
        assertEquals(List.of(1, 2, 3, 4, 0, 140), new Page<>(List.of(), 2, 50, 7000).window());
    }

    @Test
    void aListInMemoryIsCutIntoThePageAskedFor() {
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, 7).boxed().toList();
        Page<Integer> page = Page.of(all, "2", 3);
        assertEquals(List.of(4, 5, 6), page.items());
        assertEquals(7, page.total());
        assertEquals(List.of(7), Page.of(all, "99", 3).items(), "past the end: the last page");
        assertEquals(List.of("4", "5", "6"), page.map(items -> items.stream().map(String::valueOf).toList()).items());
        assertEquals(List.of(), Page.of(List.<Integer>of(), null, 3).items());
    }
}

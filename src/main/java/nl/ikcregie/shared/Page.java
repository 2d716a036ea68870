package nl.ikcregie.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a longer list: the items on it, which page it is (1-based), the page size and how many
 * items there are in all. Lists that grow with the country (a round's 7,000 applications) are shown a
 * page at a time so a page costs the same whatever the data size.
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    /** The page number asked for, within 1..the last page (an unreadable or out-of-range number gives page 1 or the last). */
    public static int clamp(String requested, int size, long total) {
        int last = lastPage(size, total);
        int number;
        try {
            number = requested == null || requested.isBlank() ? 1 : Integer.parseInt(requested.strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        return Math.max(1, Math.min(number, last));
    }

    /** The page asked for (read as {@link #clamp} does) of a list that is already in memory. */
    public static <T> Page<T> of(List<T> all, String requested, int size) {
        int number = clamp(requested, size, all.size());
        int from = (number - 1) * size;
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), number, size, all.size());
    }

    /** The same page with its items turned into something else (the count and place stay). */
    public <R> Page<R> map(java.util.function.Function<List<T>, List<R>> convert) {
        return new Page<>(convert.apply(items), number, size, total);
    }

    private static int lastPage(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int first() {
        return (number - 1) * size;
    }

    public int pages() {
        return lastPage(size, total);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public int previous() {
        return Math.max(1, number - 1);
    }

    public int next() {
        return Math.min(pages(), number + 1);
    }

    /** The 1-based position of the first item on this page (0 when the list is empty). */
    public long from() {
        return total == 0 ? 0 : (long) first() + 1;
    }

    public long to() {
        return Math.min(total, (long) number * size);
    }

    /** The page numbers to link to: the first, the last and two either side of this one; 0 marks a gap. */
    public List<Integer> window() {
        List<Integer> numbers = new ArrayList<>();
        int last = pages();
        int previous = 0;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - number) <= 2) {
                if (previous != 0 && n > previous + 1) {
                    numbers.add(0);
                }
                numbers.add(n);
                previous = n;
            }
        }
        return numbers;
    }
}

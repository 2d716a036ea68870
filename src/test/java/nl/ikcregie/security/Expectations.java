package nl.ikcregie.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The list kept beside the walker ({@code security/authorization.csv}): per endpoint, what each user gets. */
final class Expectations {

    static final String RESOURCE = "security/authorization.csv";
    static final String ALLOWED = "allowed";
    static final Set<String> OUTCOMES = Set.of(ALLOWED, "302", "401", "403", "404");

    private Expectations() {
    }

    /** One row: the endpoint, each user's outcome (in {@link Users#ALL} order) and why, where it is not obvious. */
    record Row(int line, String method, String path, Map<String, String> outcomes, String note) {

        String key() {
            return Endpoints.Endpoint.key(method, path);
        }

        String outcome(String user) {
            return outcomes.get(user);
        }
    }

    /** The rows by endpoint key, in file order; a malformed list fails with the line at fault. */
    static Map<String, Row> read() {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the test resources");
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                // the note, last, may itself hold semicolons
                String[] cells = trimmed.split(";", Users.ALL.size() + 3);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                if (!header) {
                    List<String> expected = new ArrayList<>(List.of("method", "path"));
                    expected.addAll(Users.ALL);
                    expected.add("note");
                    if (!List.of(cells).equals(expected)) {
                        throw new IllegalStateException(RESOURCE + ":" + number + ": the header must be "
                                + String.join(";", expected));
                    }
                    header = true;
                    continue;
                }
                if (cells.length != Users.ALL.size() + 3) {
                    problems.add(RESOURCE + ":" + number + ": " + (Users.ALL.size() + 3) + " cells expected, found "
                            + cells.length);
                    continue;
                }
                Map<String, String> outcomes = new LinkedHashMap<>();
                for (int i = 0; i < Users.ALL.size(); i++) {
                    String outcome = cells[2 + i];
                    if (!OUTCOMES.contains(outcome)) {
                        problems.add(RESOURCE + ":" + number + ": '" + outcome + "' for " + Users.ALL.get(i)
                                + " is none of " + OUTCOMES);
                    }
                    outcomes.put(Users.ALL.get(i), outcome);
                }
                Row row = new Row(number, cells[0], cells[1], outcomes, cells[cells.length - 1]);
                boolean api = row.path().startsWith(Endpoints.API + "/");
                String anonymous = row.outcome(Users.ANONYMOUS);
                if (!anonymous.equals(ALLOWED) && !anonymous.equals(api ? "401" : "302")) {
                    problems.add(RESOURCE + ":" + number + ": anonymous gets " + (api ? "401 (API)" : "302 to /login (page)")
                            + " or is allowed, not " + anonymous);
                }
                if (rows.put(row.key(), row) != null) {
                    problems.add(RESOURCE + ":" + number + ": a second row for " + row.key());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("\n", problems));
        }
        return rows;
    }
}

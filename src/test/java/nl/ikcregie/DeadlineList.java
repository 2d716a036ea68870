package nl.ikcregie;

/**
 * Reads the deadlines page (/termijnen) the way a projectleider does: the start page shows only the
 * most urgent few, the deadlines page all of them, a page at a time.
 */
public final class DeadlineList {

    private DeadlineList() {
    }

    /** The whole list of one kind, every page joined (HTML). */
    public static String all(String session, String kind) {
        StringBuilder html = new StringBuilder();
        for (int page = 1; page <= 200; page++) {
            String body = Sessions.as(session).get("/termijnen?soort=" + kind + "&pagina=" + page).then().statusCode(200)
                    .extract().asString();
            html.append(body);
            if (!body.contains("rel=\"next\"")) {
                break;
            }
        }
        return html.toString();
    }

    /** The table row whose text contains {@code subject}, or null. */
    public static String row(String session, String kind, String subject) {
        for (String row : all(session, kind).split("<tr ")) {
            if (row.contains(subject)) {
                return row;
            }
        }
        return null;
    }
}

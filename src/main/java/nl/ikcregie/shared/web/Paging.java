package nl.ikcregie.shared.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Page;

/**
 * Paging of API collections: {@code pagina} and {@code paginaGrootte} in the query, the other pages in
 * a {@code Link} header (RFC 8288, rel prev/next/first/last) and the total in {@code X-Total-Count}.
 * A wrong value is a 400 naming the parameter, like any other invalid input.
 */
public final class Paging {

    /** The default and largest page size of an API collection. */
    public static final int MAXIMUM_SIZE = 100;

    private Paging() {
    }

    public static int size(String requested) {
        if (requested == null || requested.isBlank()) {
            return MAXIMUM_SIZE;
        }
        InputRules rules = new InputRules();
        Integer size = rules.requiredWholeNumber("paginaGrootte", requested, 1, MAXIMUM_SIZE);
        rules.throwIfAny();
        return size;
    }

    /** The page number as given (checked to be a whole number of at least 1); a number past the last page gives the last. */
    public static String number(String requested) {
        if (requested == null || requested.isBlank()) {
            return null;
        }
        InputRules rules = new InputRules();
        rules.requiredWholeNumber("pagina", requested, 1, Integer.MAX_VALUE);
        rules.throwIfAny();
        return requested.strip();
    }

    public static Response.ResponseBuilder headers(Response.ResponseBuilder response, Page<?> page, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, page.size(), "first"));
        if (page.hasPrevious()) {
            links.add(link(uri, page.previous(), page.size(), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(uri, page.next(), page.size(), "next"));
        }
        links.add(link(uri, page.pages(), page.size(), "last"));
        return response.header("Link", String.join(", ", links)).header("X-Total-Count", page.total());
    }

    private static String link(UriInfo uri, int number, int size, String rel) {
        // a path relative to the server, so it holds behind a proxy whatever host name the client used
        java.net.URI target = uri.getRequestUriBuilder().replaceQueryParam("pagina", number)
                .replaceQueryParam("paginaGrootte", size).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}

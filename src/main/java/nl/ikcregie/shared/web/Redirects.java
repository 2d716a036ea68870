package nl.ikcregie.shared.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Post/Redirect/Get: a successful form post answers 303 See Other. */
public final class Redirects {

    private Redirects() {
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

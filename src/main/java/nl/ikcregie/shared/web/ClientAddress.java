package nl.ikcregie.shared.web;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The address a request came from, as the security log and the brute-force protection see it. Behind
 * a proxy it is the client's address only when the proxy is trusted to say so ({@code
 * quarkus.http.proxy.*}, see README); otherwise it is the proxy's.
 */
public final class ClientAddress {

    public static final String UNKNOWN = "onbekend";

    private ClientAddress() {
    }

    public static String of(RoutingContext context) {
        SocketAddress remote = context == null ? null : context.request().remoteAddress();
        String address = remote == null ? null : remote.hostAddress();
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        return address.length() > 100 ? address.substring(0, 100) : address;
    }
}

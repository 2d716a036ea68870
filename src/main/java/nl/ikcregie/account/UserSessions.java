package nl.ikcregie.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions kept on the server beside the encrypted sign-in cookie: a session is valid only while its
 * row is, so signing out ends it for good (a copied cookie is worthless afterwards), and so do a new
 * password, a blocked account and the longest duration of a working day. Shared by every instance.
 */
@ApplicationScoped
@Transactional
public class UserSessions {

    /** The cookie with the session's random token, beside the form login's cookie. */
    public static final String COOKIE = "ikc-sessie-id";
    public static final String SIGNED_OUT = "AFGEMELD";
    public static final String PASSWORD_CHANGED = "WACHTWOORD_GEWIJZIGD";
    public static final String ACCOUNT_CHANGED = "ACCOUNT_GEWIJZIGD";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    /** However active, a session ends after this long and its owner signs in again. */
    @ConfigProperty(name = "ikc.session.max-duration", defaultValue = "PT10H")
    Duration maxDuration;

    /** Starts a session for a form sign-in and gives the browser its token. */
    public void start(String username, RoutingContext context) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.username = username;
        session.createdAt = now;
        session.expiresAt = now.plus(maxDuration);
        session.persist();
        context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(context.request().isSSL()));
    }

    /** Whether {@code token} is a running session of {@code username} (asked on every request, outside any other work). */
    public boolean isValid(String token, String username) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        UserSession session = UserSession.findById(hash(token));
        return session != null && session.isValidFor(username, clock.instant());
    }

    /** Ends the session of {@code token}; answers its owner, or null when there was none running. */
    public String end(String token, String reason) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        UserSession session = UserSession.findById(hash(token));
        if (session == null || session.endedAt != null) {
            return null;
        }
        session.endedAt = clock.instant();
        session.endReason = reason;
        return session.username;
    }

    /** Ends every running session of {@code username} except the one of {@code keepToken} (may be null). */
    public int endAll(String username, String reason, String keepToken) {
        String keep = keepToken == null ? "" : hash(keepToken);
        return UserSession.update("endedAt = ?1, endReason = ?2 where username = ?3 and endedAt is null and tokenHash <> ?4",
                clock.instant(), reason, username, keep);
    }

    /** Forgets sessions that ended or expired before {@code before}. */
    public long purge(Instant before) {
        return UserSession.delete("expiresAt < ?1 or endedAt < ?1", before);
    }

    static String hash(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

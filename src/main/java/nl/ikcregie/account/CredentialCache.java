package nl.ikcregie.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Credentials that passed the bcrypt comparison a moment ago, so that an API client sending the same
 * HTTP Basic credentials with every request is not compared again each time (a bcrypt comparison costs
 * tens of milliseconds of a core). Keyed by an HMAC of name and password under a key that is drawn at
 * random when the process starts and never leaves it: neither the password nor anything that could be
 * checked against a guess without that key is kept. An entry holds the password hash it was verified
 * against and counts only while the account still has that hash (compared on every request with the
 * account as read from the database, so a new password or reset on any instance ends it at once), and
 * for at most its time to live. Entries of an account are also dropped here when its password changes
 * or it is blocked. Bounded in size: beyond it, nothing new is kept until entries expire.
 */
@ApplicationScoped
public class CredentialCache {

    /** What the cache holds for one verified credential. */
    record Entry(String username, String passwordHash, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier ticker;
    private final Mac prototype;

    @ConfigProperty(name = "ikc.sign-in.credential-cache.ttl", defaultValue = "PT5M")
    Duration ttl;

    @ConfigProperty(name = "ikc.sign-in.credential-cache.max-size", defaultValue = "10000")
    int maxSize;

    @Inject
    CredentialCache() {
        this(System::nanoTime);
    }

    CredentialCache(LongSupplier ticker) {
        this.ticker = ticker;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** For unit tests: a cache with its own limits and clock. */
    static CredentialCache of(Duration ttl, int maxSize, LongSupplier ticker) {
        CredentialCache cache = new CredentialCache(ticker);
        cache.ttl = ttl;
        cache.maxSize = maxSize;
        return cache;
    }

    /** The key of a name and password: an HMAC under this process's own random key, length-prefixed so no two pairs share one. */
    String key(String username, String password) {
        byte[] name = username.getBytes(StandardCharsets.UTF_8);
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
        mac.update(name);
        mac.update(secret);
        return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal());
    }

    /** Whether {@code key} was verified against {@code passwordHash} (the account's current hash) within the time to live. */
    boolean holds(String key, String username, String passwordHash) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        if (ticker.getAsLong() - entry.expiresAtNanos() >= 0 || !entry.passwordHash().equals(passwordHash)
                || !entry.username().equals(username)) {
            entries.remove(key, entry);
            return false;
        }
        return true;
    }

    /** Keeps a credential that has just passed the bcrypt comparison against {@code passwordHash}. */
    void remember(String key, String username, String passwordHash) {
        long now = ticker.getAsLong();
        if (entries.size() >= maxSize) {
            entries.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
            if (entries.size() >= maxSize) {
                return;
            }
        }
        entries.put(key, new Entry(username, passwordHash, now + ttl.toNanos()));
    }

    /** Drops every credential of {@code username}: its password changed or it was blocked. */
    public void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    int size() {
        return entries.size();
    }
}

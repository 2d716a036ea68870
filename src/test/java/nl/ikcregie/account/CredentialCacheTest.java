package nl.ikcregie.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    static final String HASH = "$2a$10$abcdefghijklmnopqrstuuVWXYZ0123456789abcdefghijklmnopq";
    final AtomicLong nanos = new AtomicLong(1_000);
    final CredentialCache cache = CredentialCache.of(Duration.ofMinutes(5), 3, nanos::get);

    @Test
    void aVerifiedCredentialCountsOnlyWithTheSameNamePasswordAndHash() {
        String key = cache.key("projectleider", "Zomerse-Fietstocht-42");
        assertFalse(cache.holds(key, "projectleider", HASH), "nothing before it was verified");
        cache.remember(key, "projectleider", HASH);
        assertTrue(cache.holds(cache.key("projectleider", "Zomerse-Fietstocht-42"), "projectleider", HASH));
        assertFalse(cache.holds(cache.key("projectleider", "Zomerse-Fietstocht-43"), "projectleider", HASH));
        assertFalse(cache.holds(cache.key("beheerder", "Zomerse-Fietstocht-42"), "beheerder", HASH));
        // a new password (a new hash, set here or on another instance) ends it for good
        assertFalse(cache.holds(key, "projectleider", HASH.replace('a', 'b')));
        assertFalse(cache.holds(key, "projectleider", HASH), "dropped once found stale");
    }

    @Test
    void theKeyNeitherIsNorRevealsThePasswordAndNameAndPasswordCannotBeShifted() {
        String key = cache.key("ab", "cdefghijklmnop");
        assertFalse(key.contains("cdefghijklmnop"));
        assertNotEquals(key, cache.key("abc", "defghijklmnop"), "length-prefixed: no two pairs share a key");
        assertEquals(key, cache.key("ab", "cdefghijklmnop"));
        CredentialCache other = CredentialCache.of(Duration.ofMinutes(5), 3, nanos::get);
        assertNotEquals(key, other.key("ab", "cdefghijklmnop"), "each process has its own random key");
    }

    @Test
    void anEntryEndsAfterItsTimeToLive() {
        String key = cache.key("projectleider", "geheim-en-lang-genoeg");
        cache.remember(key, "projectleider", HASH);
        nanos.addAndGet(Duration.ofMinutes(5).toNanos() - 1);
        assertTrue(cache.holds(key, "projectleider", HASH));
        nanos.addAndGet(1);
        assertFalse(cache.holds(key, "projectleider", HASH));
    }

    @Test
    void aChangedPasswordOrABlockForgetsEveryCredentialOfThatAccount() {
        cache.remember(cache.key("a", "1"), "a", HASH);
        cache.remember(cache.key("a", "2"), "a", HASH);
        cache.remember(cache.key("b", "1"), "b", HASH);
        cache.forget("a");
        assertEquals(1, cache.size());
        assertTrue(cache.holds(cache.key("b", "1"), "b", HASH));
    }

    @Test
    void neverMoreThanItsBoundExpiredEntriesMakeRoom() {
        for (int i = 0; i < 5; i++) {
            cache.remember(cache.key("account-" + i, "x"), "account-" + i, HASH);
        }
        assertEquals(3, cache.size(), "full: nothing new is kept");
        assertFalse(cache.holds(cache.key("account-4", "x"), "account-4", HASH));
        nanos.addAndGet(Duration.ofMinutes(6).toNanos());
        cache.remember(cache.key("account-5", "x"), "account-5", HASH);
        assertEquals(1, cache.size(), "the expired ones made room");
        assertTrue(cache.holds(cache.key("account-5", "x"), "account-5", HASH));
    }
}

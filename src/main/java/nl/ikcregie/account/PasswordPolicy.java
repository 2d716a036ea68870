package nl.ikcregie.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ikcregie.shared.InputRules;

/**
 * The rules for a password of a local account (BIO, NIST SP 800-63B): long rather than complicated,
 * not a known or guessable one, and within what bcrypt reads (72 bytes). Used wherever a password is
 * chosen: by the beheerder for a new account, and by the person changing their own.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes, so a longer password would only seem stronger. */
    public static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT_CHARACTERS = 5;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Checks {@code password} for the account {@code username} into {@code rules} under {@code field}. */
    public static void check(InputRules rules, String field, String password, String username) {
        if (password == null || password.isBlank()) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            rules.check(false, field, "Kies een wachtwoord van ten minste " + MIN_LENGTH + " tekens.");
            return;
        }
        rules.check(password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES, field,
                "Een wachtwoord is ten hoogste " + MAX_BYTES + " tekens lang (letters met accenten tellen dubbel).");
        String lower = password.toLowerCase(Locale.ROOT);
        boolean containsName = username != null && username.length() >= 3
                && lower.contains(username.toLowerCase(Locale.ROOT));
        rules.check(!containsName, field, "Het wachtwoord mag uw gebruikersnaam niet bevatten.");
        rules.check(!COMMON.contains(lower), field,
                "Dit wachtwoord is te bekend en wordt als eerste geraden; kies een ander.");
        rules.check(password.codePoints().distinct().count() >= MIN_DISTINCT_CHARACTERS, field,
                "Gebruik ten minste " + MIN_DISTINCT_CHARACTERS + " verschillende tekens.");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("account/common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

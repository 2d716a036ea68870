package nl.ikcregie.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUnusualPasswordIsAccepted() {
        assertEquals("", problems("Zomerse-Fietstocht-42", "ontwikkelgroep"));
        assertEquals("", problems("Wâlslach en Sinne, 2027!", "aanvrager-proloog"));
    }

    @Test
    void tooShortTooLongOrTooPlainIsRefusedWithADutchReason() {
        assertTrue(problems("kort", "x").contains("ten minste 12 tekens"));
        assertTrue(problems("a".repeat(73), "x").contains("ten hoogste 72 tekens"));
        // 26 two-byte letters and 20 others are 72 bytes: still within what bcrypt reads; 37 two-byte letters are not
        assertFalse(problems("é".repeat(26) + "abcdefghij0123456789", "x").contains("ten hoogste"));
        assertTrue(problems("é".repeat(37), "x").contains("ten hoogste 72 tekens"));
        assertTrue(problems("aaaabbbbaaaabbbb", "x").contains("5 verschillende tekens"));
    }

    @Test
    void aKnownPasswordOrOneWithTheUsernameIsRefused() {
        assertTrue(problems("Wachtwoord1234", "x").contains("te bekend"));
        assertTrue(problems("Leeuwarden2027", "x").contains("te bekend"));
        assertTrue(problems("mijn-projectleider-2027", "projectleider").contains("gebruikersnaam"));
    }

    @Test
    void anEmptyPasswordIsLeftToTheRequiredCheck() {
        assertEquals("", problems("", "x"));
        assertEquals("", problems(null, "x"));
    }

    private static String problems(String password, String username) {
        InputRules rules = new InputRules();
        PasswordPolicy.check(rules, "wachtwoord", password, username);
        try {
            rules.throwIfAny();
            return "";
        } catch (InvalidInputException e) {
            return e.getMessage() + " " + e.errors();
        }
    }
}

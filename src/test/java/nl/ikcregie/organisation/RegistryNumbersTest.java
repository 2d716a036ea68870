package nl.ikcregie.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ikcregie.shared.InputRules;
import org.junit.jupiter.api.Test;

class RegistryNumbersTest {

    @Test
    void anRsinPassesTheElfproef() {
        assertTrue(RegistryNumbers.passesElfproef("002564440"));
        assertTrue(RegistryNumbers.passesElfproef("811111106"));
        assertFalse(RegistryNumbers.passesElfproef("811111111"));
        assertFalse(RegistryNumbers.passesElfproef("000000000"), "zeros pass the sum but are no number");
        assertFalse(RegistryNumbers.passesElfproef("12345678"));
    }

    @Test
    void aKvkNumberIsEightDigits() {
        InputRules rules = new InputRules();
        assertEquals("41000001", RegistryNumbers.kvkNumber(rules, "kvkNummer", " 4100 0001 "));
        assertNull(RegistryNumbers.kvkNumber(rules, "kvkNummer", ""));
        assertFalse(rules.hasAnyError());
        assertNull(RegistryNumbers.kvkNumber(rules, "kvkNummer", "4100000"));
        assertTrue(rules.hasError("kvkNummer"));
    }

    @Test
    void anRsinThatFailsTheElfproefIsRefusedNamingTheField() {
        InputRules rules = new InputRules();
        assertNull(RegistryNumbers.rsin(rules, "rsin", "811111111"));
        assertTrue(rules.hasError("rsin"));
        InputRules letters = new InputRules();
        assertNull(RegistryNumbers.rsin(letters, "rsin", "81111110A"));
        assertTrue(letters.hasError("rsin"));
    }
}

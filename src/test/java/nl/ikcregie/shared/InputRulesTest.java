package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.organisation.IkcCategory;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    @Test
    void collectsEveryErrorBeforeThrowing() {
        InputRules rules = new InputRules();
        assertNull(rules.required("naam", "  ", 10));
        assertNull(rules.requiredDate("geldigVanaf", "31-12-2026"));
        assertNull(rules.requiredEnum("categorie", "ANDERS", IkcCategory.class));
        assertNull(rules.optionalId("aandachtsgebiedId", "twee"));
        InvalidInputException e = assertThrows(InvalidInputException.class, rules::throwIfAny);
        assertEquals(List.of("naam", "geldigVanaf", "categorie", "aandachtsgebiedId"),
                e.errors().stream().map(FieldError::name).toList());
        assertEquals("Vul dit veld in.", e.errors().get(0).reason());
    }

    @Test
    void acceptsAndNormalisesGoodInput() {
        InputRules rules = new InputRules();
        assertEquals("IKC Plataan", rules.required("naam", "  IKC Plataan ", 200));
        assertEquals(LocalDate.of(2026, 12, 31), rules.requiredDate("geldigTot", "2026-12-31"));
        assertEquals(IkcCategory.PLUS, rules.requiredEnum("categorie", "PLUS", IkcCategory.class));
        assertNull(rules.optionalId("aandachtsgebiedId", ""));
        assertEquals(7L, rules.optionalId("aandachtsgebiedId", "7"));
        assertDoesNotThrow(rules::throwIfAny);
    }

    @Test
    void tooLongTextIsAnError() {
        InputRules rules = new InputRules();
        rules.optional("wijk", "x".repeat(201), 200);
        InvalidInputException e = assertThrows(InvalidInputException.class, rules::throwIfAny);
        assertEquals("Gebruik ten hoogste 200 tekens.", e.errors().get(0).reason());
    }

    @Test
    void aMissingVersionIsInvalidAndAStaleOneAConflict() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> ConflictException.requireVersion(null, 3));
        assertEquals("versie", missing.errors().get(0).name());
        assertThrows(ConflictException.class, () -> ConflictException.requireVersion(2L, 3));
        assertDoesNotThrow(() -> ConflictException.requireVersion(3L, 3));
    }

    @Test
    void changesListOnlyWhatDiffers() {
        Changes changes = new Changes().field("naam", "A", "B").field("wijk", "X", "X").field("gebied", null, "Oud-Oost");
        assertEquals("naam: A → B; gebied: (leeg) → Oud-Oost", changes.toString());
        assertEquals(true, new Changes().field("naam", "A", "A").isEmpty());
    }
}

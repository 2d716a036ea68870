package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void controlCharactersAndBidiOverridesAreRefusedNamingTheField() {
        for (String bad : List.of("a\u0000b", "a\u001Bb", "a\u007Fb", "a\u0085b", "Tekst \u202Efdp.exe", "a\u2066b",
                "a\uD800b", "a\uDC00")) {
            InputRules rules = new InputRules();
            rules.optional("plan.waarom", bad, 10_000);
            InvalidInputException e = assertThrows(InvalidInputException.class, rules::throwIfAny, bad);
            assertEquals("plan.waarom", e.errors().get(0).name());
        }
        InputRules rules = new InputRules();
        rules.required("naam", "IKC \u0000", 200);
        InvalidInputException e = assertThrows(InvalidInputException.class, rules::throwIfAny);
        assertEquals("naam", e.errors().get(0).name());
        assertTrue(e.errors().get(0).reason().contains("U+0000"), e.errors().get(0).reason());
    }

    @Test
    void textInAnyScriptWithLineBreaksIsKeptAsGiven() {
        InputRules rules = new InputRules();
        for (String good : List.of("IKC De Wâlslach", "مدرسة الأمل", "幼儿园", "Kinderen 👩‍👧‍👦 spelen",
                "Regel één\nRegel twee\r\n\tingesprongen", "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>", "O'Brien & zn; DROP TABLE ikc;--", "עברית\u200F")) {
            assertEquals(good, rules.optional("plan.wat", good, 10_000));
        }
        assertDoesNotThrow(rules::throwIfAny);
    }

    @Test
    void anIdIsAWholeNumberOfAtLeastOne() {
        InputRules rules = new InputRules();
        assertEquals(7L, rules.optionalId("ikcId", "7"));
        assertNull(rules.optionalId("organisatieId", "0"));
        assertNull(rules.optionalId("aandachtsgebiedId", "-1"));
        assertNull(rules.optionalId("kinderopvangIds", "99999999999999999999"));
        InvalidInputException e = assertThrows(InvalidInputException.class, rules::throwIfAny);
        assertEquals(List.of("organisatieId", "aandachtsgebiedId", "kinderopvangIds"),
                e.errors().stream().map(FieldError::name).toList());
    }

    @Test
    void aYesOrNoIsTrueFalseOrACheckbox() {
        InputRules rules = new InputRules();
        assertEquals(true, rules.optionalBoolean("adviescommissie", "true"));
        assertEquals(true, rules.optionalBoolean("adviescommissie", "on"));
        assertEquals(false, rules.optionalBoolean("adviescommissie", "false"));
        assertEquals(false, rules.optionalBoolean("adviescommissie", null));
        assertDoesNotThrow(rules::throwIfAny);
        rules.optionalBoolean("adviescommissie", "misschien");
        assertEquals("adviescommissie", assertThrows(InvalidInputException.class, rules::throwIfAny).errors().get(0)
                .name());
    }

    @Test
    void anUploadedFileNameFollowsTheSameTextRule() {
        byte[] pdf = "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        InputRules rules = new InputRules();
        assertEquals("plan_v2.pdf", PdfUpload.check(rules, "bijlage", "plan/v2.pdf", pdf));
        assertDoesNotThrow(rules::throwIfAny);
        PdfUpload.check(rules, "bijlage", "factuur\u202Efdp.exe", pdf);
        assertEquals(PdfUpload.NAME_FIELD, assertThrows(InvalidInputException.class, rules::throwIfAny).errors().get(0)
                .name());
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

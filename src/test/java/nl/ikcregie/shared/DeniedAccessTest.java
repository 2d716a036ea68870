package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeniedAccessTest {

    @Test
    void aPathThatNamesAnObjectIsRecordedWithThatObject() {
        assertEquals(Optional.of(Map.entry("AANVRAAG", 12L)), object("/aanvragen/12"));
        assertEquals(Optional.of(Map.entry("AANVRAAG", 12L)), object("/api/v1/aanvragen/12/indiening"));
        assertEquals(Optional.of(Map.entry("JAARRAPPORTAGE", 7L)), object("/jaarrapportages/7/bewerken"));
        assertEquals(Optional.of(Map.entry("SUBSIDIERONDE", 3L)), object("/rondes/3/advies"));
        assertEquals(Optional.of(Map.entry("SUBSIDIERONDE", 3L)), object("/api/v1/subsidierondes/3/advies.pdf"));
        assertEquals(Optional.of(Map.entry("ACCOUNT", 1L)), object("/beheer/accounts/1"));
        assertEquals(Optional.of(Map.entry("PLUS_PREDICAAT", 4L)), object("/plus-predicaten/4"));
    }

    @Test
    void otherPathsAreKeptAsAccessOnly() {
        assertEquals(Optional.empty(), object("/ikcs/nieuw"));
        assertEquals(Optional.empty(), object("/beheer"));
        assertEquals(Optional.empty(), object("/onbekend/12"));
        assertEquals(Optional.empty(), object("/aanvragen/99999999999999999999999"));
    }

    @Test
    void theDetailsSayWhatWasAskedFromWhereAndCutAHugePath() {
        assertEquals("GET /ikcs/nieuw geweigerd (403) vanaf 10.0.0.1",
                new DeniedAccess("aanvrager-proloog", "10.0.0.1", "GET", "/ikcs/nieuw", 403).details());
        String huge = new DeniedAccess("x", "10.0.0.1", "GET", "/" + "a".repeat(5000), 403).details();
        assertTrue(huge.length() < 600, huge);
    }

    private static Optional<Map.Entry<String, Long>> object(String path) {
        return new DeniedAccess("x", "a", "GET", path, 403).object();
    }
}

package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.ikcregie.shared.web.Versions;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void theBodyVersionWinsOverIfMatch() {
        assertEquals(4L, Versions.resolve(4L, "\"7\""));
    }

    @Test
    void ifMatchIsReadStrongOrWeak() {
        assertEquals(7L, Versions.resolve(null, "\"7\""));
        assertEquals(7L, Versions.resolve(null, "W/\"7\""));
        assertNull(Versions.resolve(null, "\"abc\""));
        assertNull(Versions.resolve(null, null));
    }
}

package nl.ikcregie.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import nl.ikcregie.shared.Money;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    /** An input class as the product has them: numbers kept as text, the version a whole number. */
    public static class Invoer {
        public String bedrag;
        public String naam;
        public List<String> ids;
        public Long versie;
    }

    private final ObjectMapper mapper = new ObjectMapper();

    JsonInputTest() {
        new JsonInput().customize(mapper);
    }

    @Test
    void aJsonNumberWithAFractionReachesTheRulesWithADecimalComma() throws Exception {
        Invoer in = mapper.readValue("{\"bedrag\": 12500.5, \"naam\": 7, \"ids\": [3, 4]}", Invoer.class);
        assertEquals("12500,5", in.bedrag);
        assertEquals(new java.math.BigDecimal("12500.50"), Money.parse(in.bedrag));
        assertEquals("7", in.naam);
        assertEquals(List.of("3", "4"), in.ids);
        assertEquals("12.500,50", mapper.readValue("{\"bedrag\": \"12.500,50\"}", Invoer.class).bedrag);
    }

    @Test
    void aFractionalCentIsNoLongerReadAsThousands() throws Exception {
        String text = mapper.readValue("{\"bedrag\": 12.345}", Invoer.class).bedrag;
        assertEquals("12,345", text);
        assertNull(Money.parse(text)); // as "12.345" it was 12345.00
    }

    @Test
    void hugeAndExponentNumbersStayRefusable() throws Exception {
        assertEquals("150", JsonInput.decimalComma("1.5E2"));
        assertEquals("1e308", JsonInput.decimalComma("1e308"));
        assertEquals("1E-400", JsonInput.decimalComma("1E-400"));
        assertNull(Money.parse(mapper.readValue("{\"bedrag\": 1e308}", Invoer.class).bedrag));
        assertNull(Money.parse(mapper.readValue("{\"bedrag\": -0.01}", Invoer.class).bedrag));
    }

    @Test
    void aFractionIsNoVersion() {
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"versie\": 1.5}", Invoer.class));
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
                () -> mapper.readValue("{\"versie\": 9223372036854775808}", Invoer.class));
    }
}

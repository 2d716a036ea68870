package nl.ikcregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.500,50|12500.50", "12500,5|12500.50", "€ 12.500|12500.00", "12500|12500.00", "12.500|12500.00",
            "12500.5|12500.50", "50000.01|50000.01", "1.000.000|1000000.00", "0|0.00", "0,01|0.01" })
    void readsDutchNotationAndJsonNumbers(String text, String expected) {
        assertEquals(new BigDecimal(expected), Money.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12,500.50", "12.50,0", "1234.567", "abc", "-5", "1,234", "12,345", "10000000000" })
    void refusesWhatIsNotAnAmount(String text) {
        assertNull(Money.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "12500|€\u00a012.500,00", "0.5|€\u00a00,50", "1234567.89|€\u00a01.234.567,89" })
    void showsEurosTheDutchWay(String amount, String expected) {
        assertEquals(expected, Money.format(new BigDecimal(amount)));
    }
}

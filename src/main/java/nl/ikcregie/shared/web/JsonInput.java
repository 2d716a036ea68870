package nl.ikcregie.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * How JSON input is read, for the API and for form binding alike.
 * <ul>
 * <li>A fraction is no whole number: {@code "versie": 1.5} is refused, not read as 1.</li>
 * <li>An input class keeps numbers as text so that a form and the API share it (and its rules); a
 * JSON number with a fraction is written there with a decimal comma, the notation {@link
 * nl.ikcregie.shared.Money} reads without doubt. As {@code "12.345"} it would read as the Dutch
 * twelve thousand three hundred and forty-five; as {@code "12,345"} it is refused for its third
 * decimal, as a fractional cent should be.</li>
 * </ul>
 */
@Singleton
public class JsonInput implements ObjectMapperCustomizer {

    /** Beyond this many digits a number is no amount or year; its text is kept, and refused by the rules. */
    private static final int MAX_DIGITS = 40;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("ikc-json-input").addDeserializer(String.class, new Text()));
    }

    /** {@code 12.5} as {@code "12,5"}; {@code 1.5E2} as {@code "150"}; a huge exponent stays as written. */
    static String decimalComma(String number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return number;
        }
        if (Math.abs((long) value.scale()) > MAX_DIGITS || value.precision() - (long) value.scale() > MAX_DIGITS) {
            return number;
        }
        return value.toPlainString().replace('.', ',');
    }

    /** Jackson's text reading, except for a JSON number with a fraction. */
    static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return decimalComma(p.getText());
            }
            return super.deserialize(p, context);
        }
    }
}

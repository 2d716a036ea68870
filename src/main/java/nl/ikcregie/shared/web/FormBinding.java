package nl.ikcregie.shared.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.InvalidInputException;

/**
 * Binds a posted HTML form onto the same input class the JSON API reads, so that a form and an
 * API call pass through one set of rules. Form field names are the JSON property names.
 */
@ApplicationScoped
public class FormBinding {

    private final ObjectMapper mapper;

    @Inject
    public FormBinding(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public <T> T bind(MultivaluedMap<String, String> form, Class<T> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, list) -> values.put(name, list.size() == 1 ? list.get(0) : List.copyOf(list)));
        }
        try {
            return mapper.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            // only hidden fields (such as versie) are typed; a tampered one is bad input, not a crash
            throw InvalidInputException.of("formulier", "Het formulier is onvolledig of beschadigd; laad de pagina opnieuw.");
        }
    }
}

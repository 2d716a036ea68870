package nl.ikcregie.shared.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Field names are JSON property paths: {@code naam}, {@code criteria[2].gewicht},
     * {@code kinderopvangIds} (repeated for several values).
     */
    public <T> T bind(MultivaluedMap<String, String> form, Class<T> type) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, list) -> put(values, name, list.size() == 1 ? list.get(0) : List.copyOf(list)));
        }
        try {
            return mapper.convertValue(values, type);
        } catch (IllegalArgumentException e) {
            // only hidden fields (such as versie) are typed; a tampered one is bad input, not a crash
            throw InvalidInputException.of("formulier", "Het formulier is onvolledig of beschadigd; laad de pagina opnieuw.");
        }
    }

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})\\])?");

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, Object value) {
        String[] segments = path.split("\\.");
        Map<String, Object> current = root;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            if (!m.matches()) {
                return; // not a property path (e.g. the CSRF field is handled before binding)
            }
            boolean last = i == segments.length - 1;
            String name = m.group(1);
            if (m.group(2) == null) {
                if (last) {
                    current.put(name, value);
                    return;
                }
                current = (Map<String, Object>) current.computeIfAbsent(name, k -> new LinkedHashMap<>());
                continue;
            }
            int index = Integer.parseInt(m.group(2));
            List<Object> list = (List<Object>) current.computeIfAbsent(name, k -> new ArrayList<>());
            while (list.size() <= index) {
                list.add(new LinkedHashMap<String, Object>());
            }
            if (last) {
                list.set(index, value);
                return;
            }
            current = (Map<String, Object>) list.get(index);
        }
    }
}

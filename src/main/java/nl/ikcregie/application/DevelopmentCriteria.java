package nl.ikcregie.application;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The 12 criteria of the Ontwikkelinstrument IKC with the seed's text per level, shown to help the self-assessment. */
@ApplicationScoped
public class DevelopmentCriteria {

    public static final int COUNT = 12;

    /** One criterion as the seed describes it. */
    public record DevelopmentCriterion(int nummer, String naam, String omschrijving,
            Map<IntegrationLevel, String> niveaus) {

        public String levelText(IntegrationLevel level) {
            return niveaus.get(level);
        }

        public String levelText(String level) {
            return niveaus.get(IntegrationLevel.valueOf(level));
        }
    }

    private final List<DevelopmentCriterion> criteria;

    @Inject
    public DevelopmentCriteria(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("ontwikkelinstrument/criteria.json")) {
            criteria = List.copyOf(mapper.readValue(in, new TypeReference<List<DevelopmentCriterion>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("Ontwikkelinstrument criteria missing", e);
        }
        if (criteria.size() != COUNT) {
            throw new IllegalStateException("The Ontwikkelinstrument has 12 criteria, found " + criteria.size());
        }
    }

    public List<DevelopmentCriterion> all() {
        return criteria;
    }

    public DevelopmentCriterion get(int number) {
        return criteria.get(number - 1);
    }
}

package nl.ikcregie.zgw;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The registration switched on against the stand-in, with short waits: the worker looks every second,
 * retries after 1 s doubling to 2 s, gives a request 3 s and never gives up in a test.
 */
public class ZgwTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ikc.zgw.worker.every", "1s", "ikc.zgw.worker.initial-backoff", "PT1S",
                "ikc.zgw.worker.max-backoff", "PT2S", "ikc.zgw.worker.timeout", "PT3S", "ikc.zgw.worker.lease", "PT20S",
                "ikc.zgw.worker.max-attempts", "1000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ZgwStandInResource.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}

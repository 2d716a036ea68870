package nl.ikcregie;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded MariaDB for every {@code @QuarkusTest} in the run. */
@QuarkusTestResource(EmbeddedMariaDbResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}

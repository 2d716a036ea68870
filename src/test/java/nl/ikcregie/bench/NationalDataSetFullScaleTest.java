package nl.ikcregie.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import nl.ikcregie.shared.db.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The national data set at full scale into a throwaway embedded database, to measure the load. Not
 * part of the normal run: {@code ./mvnw test -Dtest=NationalDataSetFullScaleTest -Dnational.fullScale=true
 * [-Dnational.scale=1.0]}. The progress and the manifest (target/bench/dataset.properties) show the
 * time and the rows per table; the database is stopped afterwards but its files stay under
 * target/national-test for inspection.
 */
@EnabledIfSystemProperty(named = "national.fullScale", matches = "true")
class NationalDataSetFullScaleTest {

    @Test
    void loadsTheFullScale() throws Exception {
        try (EmbeddedDatabase db = Migrations.freshDatabase()) {
            System.out.println("Embedded MariaDB data: " + Path.of("target", "national-test").toAbsolutePath());
            int exit = NationalDataSet.run(new String[] { "--jdbc-url=" + db.jdbcUrl(), "--user=root", "--password=",
                "--scale=" + System.getProperty("national.scale", "1.0"), "--manifest=" + NationalDataSet.DEFAULT_MANIFEST },
                    System.out, System.err);
            assertEquals(0, exit);
        }
    }
}

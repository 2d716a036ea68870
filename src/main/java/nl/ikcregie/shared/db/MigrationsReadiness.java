package nl.ikcregie.shared.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the Liquibase migrations ran and none is running now. */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet applied = statement.executeQuery("select count(*) from DATABASECHANGELOG")) {
            applied.next();
            long changeSets = applied.getLong(1);
            boolean locked;
            try (ResultSet lock = statement.executeQuery("select count(*) from DATABASECHANGELOGLOCK where LOCKED = 1")) {
                lock.next();
                locked = lock.getLong(1) > 0;
            }
            return HealthCheckResponse.named("Database migrations").status(changeSets > 0 && !locked)
                    .withData("changeSets", changeSets).withData("migrating", locked).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("Database migrations").down().withData("error", "not migrated").build();
        }
    }
}

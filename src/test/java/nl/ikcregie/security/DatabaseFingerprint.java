package nl.ikcregie.security;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What the database holds, as one checksum per table (MariaDB's {@code CHECKSUM TABLE}, over every row
 * and column, the audit trail included): equal fingerprints before and after a request mean the request
 * stored nothing. Liquibase's own tables are left out, and so is the sign-in bookkeeping (sessions,
 * failure counters, and the audit trail's sign-ins and refused requests: a refusal is recorded by design).
 */
final class DatabaseFingerprint {

    private static final Set<String> IGNORED = Set.of("databasechangelog", "databasechangeloglock", "user_session",
            "sign_in_throttle", "audit_event");
    /** The audit trail without what a request records about signing in and being refused. */
    private static final String AUDIT_TRAIL = "SELECT COUNT(*) + COALESCE(SUM(CRC32(CONCAT_WS('|', id, actor, entity_type, "
            + "entity_id, action, from_state, to_state, reason, details))), 0) FROM audit_event WHERE action NOT IN "
            + "('AANGEMELD', 'AFGEMELD', 'AANMELDING_MISLUKT', 'AANMELDING_GEWEIGERD', 'TOEGANG_GEWEIGERD')";

    private final DataSource dataSource;
    private final String checksumStatement;

    DatabaseFingerprint(DataSource dataSource) {
        this.dataSource = dataSource;
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                if (!IGNORED.contains(rs.getString(1).toLowerCase())) {
                    tables.add("`" + rs.getString(1) + "`");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.checksumStatement = "CHECKSUM TABLE " + String.join(", ", tables);
    }

    Map<String, Long> take() {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(checksumStatement)) {
            while (rs.next()) {
                String table = rs.getString(1);
                sums.put(table.substring(table.indexOf('.') + 1), rs.getLong(2));
            }
            try (ResultSet audit = s.executeQuery(AUDIT_TRAIL)) {
                audit.next();
                sums.put("audit_event", audit.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }

    /** The tables whose content differs. */
    static List<String> changed(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }
}

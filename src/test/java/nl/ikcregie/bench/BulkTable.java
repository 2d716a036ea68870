package nl.ikcregie.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Rows for one table, sent as JDBC batches of one prepared INSERT: with the MariaDB driver's bulk
 * option a batch travels as one COM_STMT_BULK_EXECUTE, so the server sees a few thousand rows per
 * request instead of one.
 */
final class BulkTable {

    static final int BATCH = 4_000;

    final String name;
    private final Load load;
    private final PreparedStatement insert;
    private final int width;
    private int pending;
    private long rows;

    BulkTable(Load load, String name, String... columns) throws SQLException {
        this.load = load;
        this.name = name;
        this.width = columns.length;
        String marks = String.join(", ", Collections.nCopies(columns.length, "?"));
        this.insert = load.connection.prepareStatement(
                "insert into " + name + " (" + String.join(", ", columns) + ") values (" + marks + ")");
    }

    /** One row, the values in the order of the columns; null for SQL NULL. */
    void row(Object... values) throws SQLException {
        if (values.length != width) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + width + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
        }
        insert.addBatch();
        rows++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            load.sent(pending);
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    void close() throws SQLException {
        flush();
        insert.close();
    }
}

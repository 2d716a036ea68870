package nl.ikcregie.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import nl.ikcregie.shared.db.EmbeddedDatabase;

/**
 * A MariaDB server of its own for the benchmark, in a separate process so that the application
 * under test uses it as an external database: {@code BenchDatabase <data dir> <port file>} starts
 * it (data kept between runs), writes its port to the port file, and runs until stopped (SIGTERM).
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: BenchDatabase <data dir> <port file>");
            System.exit(2);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            stopped.countDown();
        }, "bench-database-stop"));
        Path portFile = Path.of(args[1]);
        Path written = Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"),
                String.valueOf(database.port()));
        Files.move(written, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Benchmark MariaDB on port " + database.port() + ", data in " + args[0]);
        stopped.await();
    }
}

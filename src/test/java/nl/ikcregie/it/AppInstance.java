package nl.ikcregie.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) as a separate process, the
 * way an operator runs it: an external database, a session key shared by all instances, demo data,
 * mails to the log. Its output goes to {@code target/it-logs/<name>.log}, kept for diagnosis.
 */
final class AppInstance implements AutoCloseable {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final Path LOGS = Path.of("target", "it-logs");
    /** Shared by every instance of a test run, so a session cookie of one is valid on another. */
    static final String SESSION_KEY = "integration-test-session-key-shared-by-all-instances";
    /** Starting includes migrations and the demo data; a busy two-core machine needs its time. */
    static final Duration READY_LIMIT = Duration.ofMinutes(4);

    /** HTTP/1.1 as browsers and scripts speak it to a plain-HTTP service (the JDK client would try h2c). */
    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final ItDatabase database;
    private final Map<String, String> settings;
    private final Path log;
    private Process process;
    private int port;

    private AppInstance(String name, ItDatabase database, Map<String, String> settings) {
        this.name = name;
        this.database = database;
        this.settings = settings;
        this.log = LOGS.resolve(name + ".log");
    }

    /**
     * An instance on the database, not started yet: assign it before {@link #start()}, so that an
     * {@code @AfterAll} stops it even when it never became ready. {@code settings} are extra
     * environment variables.
     */
    static AppInstance on(ItDatabase database, String name, Map<String, String> settings) {
        return new AppInstance(name, database, settings);
    }

    /** Starts (or, after a stop or kill, starts again) on a free port, appending to the same log, until ready. */
    void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the ITs run after the package phase (./mvnw verify)");
        }
        port = freePort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", "root");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "");
        env.put("IKC_SESSION_KEY", SESSION_KEY);
        env.put("IKC_DEMO_DATA", "true");
        env.put("IKC_MAIL_MOCK", "true");
        env.put("IKC_REMINDERS_CRON", "off");
        env.putAll(settings);
        try {
            Files.createDirectories(LOGS);
            boolean again = process != null;
            String banner = (again ? "\n" : "") + "=== " + Instant.now() + " starting " + name + " on port " + port
                    + " with " + env.keySet() + "\n";
            if (again) {
                Files.writeString(log, banner, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            } else {
                Files.writeString(log, banner, StandardCharsets.UTF_8);
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // nothing of the machine's own configuration leaks in; the instance gets exactly these settings
            builder.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("IKC_"));
            builder.environment().putAll(env);
            process = builder.start();
            Process started = process;
            // should the test JVM itself be ended, the application does not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "stop-" + name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        Poll.until(name + " answers 200 on /q/health/ready (log: " + log + ")", READY_LIMIT, () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting; the end of "
                        + log + ":\n" + tail(40));
            }
            return readiness() == 200;
        });
    }

    /** The status of {@code GET /q/health/ready}, or -1 when nothing answers. */
    int readiness() {
        try {
            return PROBE.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as an orchestrator stops a pod; forcibly after a generous grace period. */
    void stop() {
        if (isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** kill -9: no shutdown hooks, no draining; whatever was in flight is cut off. */
    void kill() {
        if (isAlive()) {
            process.destroyForcibly();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(name + " did not die after kill -9");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The whole log so far (all starts of this instance). */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every match of {@code pattern} in the log, by its first group. */
    List<String> logMatches(Pattern pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(log());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    String tail(int lines) {
        String[] all = log().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " (port " + port + ", log " + log + ")";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.ikcregie.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Kubernetes CronJob runs the same backup and restore scripts as a single server does. */
class BackupCronJobScriptsTest {

    @ParameterizedTest
    @ValueSource(strings = {"backup.sh", "restore.sh", "db-client.sh"})
    void theConfigMapHoldsTheScriptAsItIsInDeploy(String script) throws IOException {
        String copy = blockScalar(Files.readAllLines(Path.of("deploy", "k8s", "backup-cronjob.yaml")), "  " + script + ": |");
        assertEquals(Files.readString(Path.of("deploy", script)), copy,
                "deploy/k8s/backup-cronjob.yaml holds an old copy of deploy/" + script
                        + "; paste the script there indented by four spaces: sed 's/^/    /' deploy/" + script);
    }

    /** The text of a literal block scalar ("key: |") whose lines are indented by four spaces. */
    private static String blockScalar(List<String> lines, String key) {
        int start = lines.indexOf(key);
        assertTrue(start >= 0, "no " + key.strip() + " in deploy/k8s/backup-cronjob.yaml");
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.isEmpty() && !line.startsWith("    ")) {
                break;
            }
            text.append(line.isEmpty() ? "" : line.substring(4)).append('\n');
        }
        // a block scalar keeps one final line break, not the empty lines before the next key
        return text.toString().replaceAll("\n+$", "\n");
    }
}

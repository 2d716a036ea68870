package nl.ikcregie.zgw;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Starts the ZGW stand-in before the application and points the product's IKC_ZGW_* settings at it. */
public class ZgwStandInResource implements QuarkusTestResourceLifecycleManager {

    static volatile ZgwStandIn standIn;

    @Override
    public Map<String, String> start() {
        try {
            standIn = new ZgwStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return standIn.settings();
    }

    @Override
    public void stop() {
        if (standIn != null) {
            standIn.close();
        }
    }
}

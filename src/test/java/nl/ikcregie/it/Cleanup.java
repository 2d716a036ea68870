package nl.ikcregie.it;

/** Closes everything an IT started, each even when closing another failed, and reports what failed. */
final class Cleanup {

    private Cleanup() {
    }

    static void all(AutoCloseable... resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not close everything the test started");
                }
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}

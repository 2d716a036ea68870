package nl.ikcregie.shared.web;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Sends openhtmltopdf's log (which otherwise writes to the console in a format of its own) to the
 * application's log under {@code com.openhtmltopdf.*}, so the log level and JSON format configured
 * for the product apply.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(level(level), message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger.getLogger(where).log(level(level), message, error);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the levels come from the application's configuration (quarkus.log.category)
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isEnabled(level(diagnostic.getLevel()));
    }

    private static Logger.Level level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        if (value >= Level.INFO.intValue()) {
            return Logger.Level.INFO;
        }
        return value >= Level.FINE.intValue() ? Logger.Level.DEBUG : Logger.Level.TRACE;
    }
}

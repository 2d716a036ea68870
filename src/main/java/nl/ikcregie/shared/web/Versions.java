package nl.ikcregie.shared.web;

import jakarta.ws.rs.core.EntityTag;
import java.util.function.Supplier;

/** Optimistic-locking versions over HTTP: {@code versie} in the body or an {@code If-Match} header. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The body's version, else the one in If-Match ({@code "3"} or {@code W/"3"}); null when neither parses. */
    public static Long resolve(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null || ifMatch == null) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The version an action is based on: {@code versie} in its body, else If-Match. */
    public static Long of(ActieInvoer action, String ifMatch) {
        return resolve(action == null ? null : action.versie, ifMatch);
    }

    /** An empty JSON body arrives as null; treat it as an input with every field missing. */
    public static <T> T orEmpty(T input, Supplier<T> empty) {
        return input != null ? input : empty.get();
    }
}

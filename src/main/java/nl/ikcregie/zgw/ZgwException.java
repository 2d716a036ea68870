package nl.ikcregie.zgw;

/** A request to a ZGW API failed: no answer, or an answer other than 2xx. The attempt is retried later. */
public class ZgwException extends RuntimeException {

    public ZgwException(String message) {
        super(message);
    }

    public ZgwException(String message, Throwable cause) {
        super(message, cause);
    }
}

package nl.ikcregie.shared;

/** A status change that the current status does not allow (answers 409). */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}

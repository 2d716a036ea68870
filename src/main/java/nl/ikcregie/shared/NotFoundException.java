package nl.ikcregie.shared;

/** The thing does not exist or the caller may not know it exists (both answer 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " niet gevonden.");
    }
}

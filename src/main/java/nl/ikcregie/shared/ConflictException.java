package nl.ikcregie.shared;

/** The change was based on a stale version, or the thing is in a state that does not allow it. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** A change must name the version it was based on; a stale one is a conflict. */
    public static void requireVersion(Long expected, long actual) {
        if (expected == null) {
            throw InvalidInputException.of("versie",
                    "Geef de versie mee waarop de wijziging is gebaseerd (veld versie of kop If-Match).");
        }
        if (expected != actual) {
            throw new ConflictException("Iemand anders heeft dit intussen gewijzigd (versie " + actual
                    + "). Bekijk de huidige gegevens en breng uw wijziging opnieuw aan.");
        }
    }
}

package nl.ikcregie.shared;

import java.util.List;

/** The six roles of the contract, as used in {@code @RolesAllowed} and stored on accounts. */
public final class Roles {

    public static final String BEHEERDER = "beheerder";
    public static final String PROJECTLEIDER = "projectleider";
    public static final String COMMISSIELID = "commissielid";
    public static final String AANVRAGER = "aanvrager";
    public static final String BESTUURDER = "bestuurder";
    public static final String ONTWIKKELGROEP = "ontwikkelgroep";

    public static final List<String> ALL = List.of(BEHEERDER, PROJECTLEIDER, COMMISSIELID, AANVRAGER, BESTUURDER,
            ONTWIKKELGROEP);

    private Roles() {
    }

    /** The Dutch label a person sees for a role. */
    public static String label(String role) {
        return switch (role) {
            case BEHEERDER -> "Beheerder";
            case PROJECTLEIDER -> "Gemeentelijk projectleider";
            case COMMISSIELID -> "Lid IKC-commissie";
            case AANVRAGER -> "Aanvrager (schoolbestuur of kinderopvang)";
            case BESTUURDER -> "College van B&W";
            case ONTWIKKELGROEP -> "Ontwikkelgroep";
            default -> role;
        };
    }
}

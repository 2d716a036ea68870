package nl.ikcregie.security;

import java.util.List;

/** The demo users the walker signs in as: every role, and the organisation-bound roles for two organisations. */
final class Users {

    static final String ANONYMOUS = "anonymous";

    /** In the order of the list's columns. */
    static final List<String> ALL = List.of(ANONYMOUS, "beheerder", "projectleider", "bestuurder", "ontwikkelgroep",
            "aanvrager-proloog", "aanvrager-pcbo", "commissie-proloog", "commissie-pcbo");

    private Users() {
    }
}

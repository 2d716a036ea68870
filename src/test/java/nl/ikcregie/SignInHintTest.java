package nl.ikcregie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInHintTest {

    @Test
    void demoDataNamesTheDemoAccountOnLocalhost() {
        assertEquals("IKC Regie is ready: open http://localhost:8080/ and sign in as 'projectleider' with password "
                + "'demo' (every demo account of README.md has password 'demo')",
                SignInHint.text("0.0.0.0", 8080, true, false));
    }

    @Test
    void withoutDemoDataPointsToTheFirstAdministrator() {
        assertEquals("IKC Regie is ready: open http://intranet.example:9090/ and sign in with your account (the first "
                + "time: 'beheerder' with the password of the log line 'First administrator account created')",
                SignInHint.text("intranet.example", 9090, false, false));
    }

    @Test
    void anIdentityProviderSignsPeopleIn() {
        assertEquals("IKC Regie is ready: open http://localhost/ and sign in through the identity provider",
                SignInHint.text("::", 80, true, true));
    }
}

package nl.ikcregie;

/**
 * The last line of a start: where to sign in, and as whom. Pure, so the wording for each way of
 * running is unit-tested ({@code SignInHintTest}).
 */
public final class SignInHint {

    private SignInHint() {
    }

    /**
     * @param host the configured HTTP host ({@code 0.0.0.0} means every interface: shown as localhost)
     * @param port the HTTP port the server listens on
     * @param demoData whether the demo accounts exist (IKC_DEMO_DATA=true)
     * @param identityProvider whether people sign in through OIDC instead of the form
     */
    public static String text(String host, int port, boolean demoData, boolean identityProvider) {
        String shownHost = host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)
                ? "localhost" : host;
        String url = "http://" + shownHost + (port == 80 ? "" : ":" + port) + "/";
        if (identityProvider) {
            return "IKC Regie is ready: open " + url + " and sign in through the identity provider";
        }
        if (demoData) {
            return "IKC Regie is ready: open " + url + " and sign in as 'projectleider' with password 'demo' "
                    + "(every demo account of README.md has password 'demo')";
        }
        return "IKC Regie is ready: open " + url + " and sign in with your account (the first time: 'beheerder' "
                + "with the password of the log line 'First administrator account created')";
    }
}

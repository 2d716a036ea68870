package nl.ikcregie.organisation;

import nl.ikcregie.shared.InputRules;

/**
 * The numbers of an organisation in the Handelsregister: the KvK number (eight digits) and the RSIN
 * (nine digits that pass the elfproef, as a BSN). One rule for form and API; the zaaksysteem (ZGW)
 * names a school board by them.
 */
public final class RegistryNumbers {

    private RegistryNumbers() {
    }

    /** An optional KvK number: blank is none; otherwise exactly eight digits. */
    public static String kvkNumber(InputRules rules, String field, String value) {
        String number = rules.optional(field, value, 20);
        if (number == null) {
            return null;
        }
        number = number.replace(" ", "");
        return rules.check(number.matches("[0-9]{8}"), field, "Een KvK-nummer bestaat uit 8 cijfers.") ? number : null;
    }

    /** An optional RSIN: blank is none; otherwise nine digits that pass the elfproef. */
    public static String rsin(InputRules rules, String field, String value) {
        String number = rules.optional(field, value, 20);
        if (number == null) {
            return null;
        }
        number = number.replace(" ", "");
        if (!rules.check(number.matches("[0-9]{9}"), field, "Een RSIN bestaat uit 9 cijfers.")) {
            return null;
        }
        return rules.check(passesElfproef(number), field,
                "Dit is geen geldig RSIN: het voldoet niet aan de elfproef. Controleer de cijfers.") ? number : null;
    }

    /**
     * The elfproef of a BSN or RSIN: 9×d1 + 8×d2 + ... + 2×d8 − 1×d9 is a multiple of 11 (and not all
     * zeros, which passes the sum but is no number).
     */
    public static boolean passesElfproef(String nineDigits) {
        if (nineDigits == null || !nineDigits.matches("[0-9]{9}") || nineDigits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0;
    }
}

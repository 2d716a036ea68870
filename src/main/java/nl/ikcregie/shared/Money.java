package nl.ikcregie.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/** Euro amounts: parsed from Dutch notation ({@code 12.500,50}) or a JSON number, shown as {@code € 12.500,50}. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    /** DECIMAL(12,2): up to 9.999.999.999,99. */
    public static final BigDecimal LARGEST = new BigDecimal("9999999999.99");

    private static final Pattern DUTCH = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Locale DUTCH_LOCALE = Locale.forLanguageTag("nl-NL");

    private Money() {
    }

    /**
     * Reads an amount as a person types it in a Dutch form ({@code 12.500}, {@code 12.500,50},
     * {@code € 12500,5}) or as a JSON number arrives ({@code 12500.5}); null when it is not an amount.
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        String normalised;
        if (s.contains(",")) {
            if (!DUTCH.matcher(s).matches()) {
                return null;
            }
            normalised = s.replace(".", "").replace(',', '.');
        } else if (GROUPED.matcher(s).matches()) {
            normalised = s.replace(".", "");
        } else if (DECIMAL_POINT.matcher(s).matches()) {
            normalised = s;
        } else {
            return null;
        }
        BigDecimal amount = new BigDecimal(normalised).setScale(2, RoundingMode.UNNECESSARY);
        return amount.compareTo(LARGEST) > 0 ? null : amount;
    }

    /** {@code € 12.500,00}, with a non-breaking space after the sign. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH_LOCALE));
        return "€\u00a0" + format.format(amount);
    }

    /** {@code 12.500,00} without the sign, as a form field shows it again. */
    public static String plain(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DUTCH_LOCALE)).format(amount);
    }
}

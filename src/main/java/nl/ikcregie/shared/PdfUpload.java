package nl.ikcregie.shared;

/**
 * The rules for an uploaded PDF attachment, the same wherever one is attached: not empty, at most
 * 10 MB, a PDF by its content (the name and declared type of an upload prove nothing).
 */
public final class PdfUpload {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private PdfUpload() {
    }

    /** A PDF starts with "%PDF-". */
    public static boolean looksLikePdf(byte[] head) {
        return head != null && head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D'
                && head[3] == 'F' && head[4] == '-';
    }

    /** Where a problem with the file name is reported (the API's query parameter; a form shows it at the file). */
    public static final String NAME_FIELD = "bestandsnaam";

    /**
     * Checks the upload into {@code rules}: the content under {@code field}, the name under {@link
     * #NAME_FIELD}; answers the file name to store. A name with a control character or a bidi override
     * (which can make {@code exe.pdf} show as {@code fdp.exe}) is refused like any other such text.
     */
    public static String check(InputRules rules, String field, String filename, byte[] content) {
        rules.check(content != null && content.length > 0, field, "Kies een bestand.");
        if (content != null && content.length > 0) {
            rules.check(content.length <= MAX_BYTES, field, "Een bijlage is ten hoogste 10 MB.");
            rules.check(looksLikePdf(content), field, "Alleen PDF-bestanden zijn toegestaan.");
        }
        String name = filename == null || filename.isBlank() ? "bijlage.pdf" : filename.replaceAll("[\\\\/]", "_");
        if (rules.check(name.length() <= 255, NAME_FIELD, "De bestandsnaam is te lang.")) {
            rules.plainText(NAME_FIELD, name);
        }
        return name;
    }
}

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

    /** Checks the upload into {@code rules} under {@code field}; answers the file name to store. */
    public static String check(InputRules rules, String field, String filename, byte[] content) {
        rules.check(content != null && content.length > 0, field, "Kies een bestand.");
        if (content != null && content.length > 0) {
            rules.check(content.length <= MAX_BYTES, field, "Een bijlage is ten hoogste 10 MB.");
            rules.check(looksLikePdf(content), field, "Alleen PDF-bestanden zijn toegestaan.");
        }
        String name = filename == null || filename.isBlank() ? "bijlage.pdf"
                : filename.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        rules.check(name.length() <= 255, field, "De bestandsnaam is te lang.");
        return name;
    }
}

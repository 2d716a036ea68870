package nl.ikcregie.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Printed documents (letters, the advice to the college) rendered from well-formed XHTML, usually a
 * Qute template that includes {@code pdf/document}. The DejaVu Sans font ships with the application
 * (npm {@code dejavu-fonts-ttf}, copied to {@code pdf/fonts} by the build) and is embedded, so euro
 * signs and Frisian names print the same on every machine. Nothing is fetched while rendering: the
 * document may hold text people typed, and a link to an image or style sheet must not reach out.
 */
@ApplicationScoped
public class PdfDocuments {

    public static final String MEDIA_TYPE = "application/pdf";
    /** The family every document's CSS names; openhtmltopdf only finds a font by this exact name. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /** Characters XML 1.0 does not allow (control characters pasted from other programs); the parser would fail on them. */
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");
    private static final Pattern UNSAFE_FILENAME = Pattern.compile("[^A-Za-z0-9._-]+");

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private volatile Fonts fonts;

    /** The PDF of a rendered Qute document. */
    public byte[] render(TemplateInstance document) {
        return render(document.render());
    }

    /** The PDF of an XHTML document; a failure arrives as {@link RenderingFailed}, never as a half document. */
    public byte[] render(String xhtml) {
        Fonts font = fonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("IKC Regie");
            // inline <svg> charts (the monitoring report) drawn by Batik; no script, no external resource
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.useFont(() -> new ByteArrayInputStream(font.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(font.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(NOT_XML.matcher(xhtml).replaceAll(""), "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new RenderingFailed(e);
        }
        return out.toByteArray();
    }

    /** Answers with a PDF the browser shows itself ({@code inline}), saved under {@code filename} when downloaded. */
    public static Response inline(byte[] pdf, String filename) {
        return Response.ok(pdf, MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + safeFilename(filename) + "\"").build();
    }

    /** A file name that needs no quoting or encoding in a header: letters, digits, dot, dash, underscore. */
    static String safeFilename(String filename) {
        String safe = UNSAFE_FILENAME.matcher(filename == null ? "" : filename).replaceAll("-");
        return safe.isBlank() || safe.equals(".pdf") ? "document.pdf" : safe;
    }

    private Fonts fonts() {
        Fonts loaded = fonts;
        if (loaded == null) {
            loaded = new Fonts(read("pdf/fonts/DejaVuSans.ttf"), read("pdf/fonts/DejaVuSans-Bold.ttf"));
            fonts = loaded;
        }
        return loaded;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + resource
                        + " is not on the classpath; the build copies it from src/main/frontend (npm ci).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Fonts(byte[] regular, byte[] bold) {
    }

    /** A document could not be rendered; the exception mappers answer 500 with a reference and log the cause. */
    public static class RenderingFailed extends RuntimeException {

        RenderingFailed(Throwable cause) {
            super("Rendering a PDF document failed", cause);
        }
    }
}

package nl.ikcregie.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Files sent with a multipart form. */
public final class Uploads {

    private Uploads() {
    }

    /** The bytes of an uploaded file; null when none was chosen (the service then says so beside the field). */
    public static byte[] bytes(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            return null;
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

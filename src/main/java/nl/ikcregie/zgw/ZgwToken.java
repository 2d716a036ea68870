package nl.ikcregie.zgw;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JSON Web Token the ZGW APIs ask for (ZGW authorisation: HS256 with the client's secret; claims
 * {@code iss}, {@code iat}, {@code client_id}, {@code user_id}, {@code user_representation}). Written
 * here rather than with a JWT library: those refuse HS256 secrets shorter than 256 bits, which Open
 * Zaak accepts and municipalities use.
 */
public final class ZgwToken {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ZgwToken() {
    }

    /** A token for this client, issued now, acting as {@code userId} (shown as {@code userRepresentation}). */
    public static String of(String clientId, String secret, Instant issuedAt, String userId, String userRepresentation) {
        ObjectNode header = JSON.createObjectNode().put("alg", "HS256").put("typ", "JWT");
        ObjectNode claims = JSON.createObjectNode().put("iss", clientId).put("iat", issuedAt.getEpochSecond())
                .put("client_id", clientId).put("user_id", userId).put("user_representation", userRepresentation);
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(ObjectNode node) {
        return BASE64URL.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }
}

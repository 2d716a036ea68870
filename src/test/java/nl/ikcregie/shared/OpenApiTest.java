package nl.ikcregie.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ikcregie.Sessions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void theOpenApiDocumentIsPublicWithContactAndDescribesOnlyTheApi() throws IOException {
        String document = given().get("/api/v1/openapi.json")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*")
                .body("openapi", startsWith("3."))
                .body("info.contact.email", notNullValue())
                .body("servers[0].url", equalTo("/api/v1"))
                .body("paths.keySet()", everyItem(not(startsWith("/login"))))
                .body("paths", hasKey("/ikcs"))
                .body("paths", hasKey("/organisaties/{id}"))
                .body("paths", hasKey("/aandachtsgebieden"))
                .body("paths", not(hasKey("/ikcs/nieuw")))
                .body("paths.'/ikcs'.post.responses", hasKey("201"))
                .body("paths.'/ikcs/{id}'.put.responses.'409'.content", hasKey("application/problem+json"))
                .body("paths.'/subsidierondes/{rondeId}/advies.pdf'.get.responses.'200'.content", hasKey("application/pdf"))
                .body("paths.'/subsidierondes/{rondeId}/advies.pdf'.get.responses.'409'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/subsidierondes/{rondeId}/advies'.get.responses.'200'.content", hasKey("application/json"))
                .extract().asString();
        // kept for the NL API Design Rules linter (see README)
        Files.writeString(Path.of("target", "openapi.json"), document);
    }

    @Test
    void everyApiAnswerCarriesTheVersionAndTransportHeaders() {
        Sessions.api("projectleider").get("/api/v1/organisaties").then().statusCode(200)
                .header("API-Version", "1.0.0").header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
        given().get("/api/v1/ikcs").then().statusCode(401).header("API-Version", "1.0.0");
    }
}

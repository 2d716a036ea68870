package nl.ikcregie.shared.web;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The OpenAPI document describes the JSON API only, not the HTML pages that share the resource model. */
public class ApiOnlyOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : new ArrayList<>(openAPI.getPaths().getPathItems().keySet())) {
            if (!path.startsWith("/api/v1/")) {
                openAPI.getPaths().removePathItem(path);
            }
        }
    }
}

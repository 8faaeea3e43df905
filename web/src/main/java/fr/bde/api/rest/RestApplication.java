package fr.bde.api.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** REST API root: /api (versioned resources below, e.g. /api/v1/offers). OpenAPI at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Bourse des emplois API", version = "1.0",
        description = "Published offers of the social security network's job exchange."))
public class RestApplication extends Application {
}

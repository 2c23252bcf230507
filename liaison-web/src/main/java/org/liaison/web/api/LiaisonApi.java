package org.liaison.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Liaison's REST API for scripts and the intranet portal: JSON, HTTP Basic or a bearer token of the hospital's
 * provider, problem+json errors.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Liaison API", version = "1",
                description = "Hospital security and law-enforcement liaison: facilities, agencies, contacts. Lists"
                        + " answer {\"items\": [...], \"total\": n} and page with offset and limit. Errors are"
                        + " application/problem+json; a validation error lists one entry per invalid field. Updates"
                        + " carry the record's version (field `version` or an If-Match header) and a stale one"
                        + " answers 409."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token of the hospital's OpenID provider (client credentials) for the audience"
                + " LIAISON_API_AUDIENCE, with PORTAL in its groups: reads who-to-call, a facility's summary"
                + " and a staff member's action items and trainings.")
public class LiaisonApi extends Application {

    /** No WADL on OPTIONS: it describes the server's internals to anyone who asks. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

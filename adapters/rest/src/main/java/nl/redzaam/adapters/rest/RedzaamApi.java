package nl.redzaam.adapters.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JAX-RS application: everything under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Redzaam API",
            version = ApiVersionHeader.VERSION,
            description =
                "Coaching and aftercare of residents on their way to financial self-reliance."
                    + " Log in with POST /sessions and send the token as 'Authorization: Bearer"
                    + " <token>'. Every error is an RFC 9457 problem (application/problem+json)."
                    + " Guide: docs/api.md in the source repository.",
            contact =
                @Contact(
                    name = "Redzaam API team",
                    email = "api@redzaam.nl",
                    url = "https://redzaam.nl/api"),
            license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/en/")),
    security = @SecurityRequirement(name = "bearerAuth"))
@SecurityScheme(
    securitySchemeName = "bearerAuth",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The token from POST /sessions")
public class RedzaamApi extends Application {}

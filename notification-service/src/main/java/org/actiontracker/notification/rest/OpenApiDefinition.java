package org.actiontracker.notification.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@OpenAPIDefinition(
        info = @Info(title = "notification-service", version = "1",
                description = "Emails action owners about approaching deadlines, overdue actions and stale entries. "
                        + "Every error response is an RFC 9457 problem detail (application/problem+json)."),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = OpenApiDefinition.BEARER,
                        type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")))
public class OpenApiDefinition extends Application {

    public static final String BEARER = "bearer";
}

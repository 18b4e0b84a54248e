package org.actiontracker.infra;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Mints bearer tokens signed with the dev key pair in {@code dev-keys/} (this module's resources),
 * for tests and local runs only: the services refuse to start under the prod profile with its
 * public key. Claims: {@code sub}, {@code name}, {@code email}, {@code org} (organisation id)
 * and {@code groups} (roles: viewer, editor, admin, national).
 */
public final class DevTokens {

    public static final String ISSUER = "https://actiontracker.local/dev";
    public static final String PUBLIC_KEY_RESOURCE = "dev-keys/public.pem";
    private static final String PRIVATE_KEY_RESOURCE = "dev-keys/private.pem";

    private static volatile PrivateKey signingKey;

    /** A token valid for an hour. */
    public static String mint(String subject, String name, String email, UUID organisationId, String... roles) {
        return mint(subject, name, email, organisationId, Instant.now().plus(Duration.ofHours(1)), roles);
    }

    public static String mint(String subject, String name, String email, UUID organisationId, Instant expiresAt,
                              String... roles) {
        var claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .claim("name", name)
                .groups(Set.of(roles))
                .issuedAt(Instant.now())
                .expiresAt(expiresAt);
        if (email != null) {
            claims.claim("email", email);
        }
        if (organisationId != null) {
            claims.claim("org", organisationId.toString());
        }
        return claims.sign(signingKey());
    }

    private static PrivateKey signingKey() {
        if (signingKey == null) {
            try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(PRIVATE_KEY_RESOURCE + " is not on the classpath");
                }
                signingKey = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Dev signing key cannot be read", e);
            }
        }
        return signingKey;
    }

    /**
     * Prints a token for the run command's users:
     * {@code DevTokens <subject> <role[,role]> [organisationId] [email]}.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: DevTokens <subject> <role[,role...]> [organisation-id] [email]");
            System.exit(2);
        }
        UUID organisation = args.length > 2 && !args[2].isBlank() ? UUID.fromString(args[2]) : null;
        String email = args.length > 3 ? args[3] : null;
        System.out.println(mint(args[0], args[0], email, organisation, Instant.now().plus(Duration.ofHours(12)),
                args[1].split(",")));
    }

    private DevTokens() {
    }
}

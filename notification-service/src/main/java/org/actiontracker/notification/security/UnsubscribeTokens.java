package org.actiontracker.notification.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.actiontracker.notification.config.NotificationConfig;
import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks unsubscribe links: {@code base64url(email) "." base64url(HMAC-SHA256(secret,
 * "unsubscribe:" + email))}. They do not expire, as an unsubscribe link must work in an old email.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "unsubscribe:";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public UnsubscribeTokens(NotificationConfig config) {
        this.key = new SecretKeySpec(config.unsubscribe().secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String tokenFor(String email) {
        String normalised = email.toLowerCase(Locale.ROOT);
        return ENCODER.encodeToString(normalised.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(
                signature(normalised));
    }

    /**
     * The email address the token was issued for.
     *
     * @throws InvalidTokenException when it is malformed or its signature does not match
     */
    public String verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("is required");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidTokenException("is not an unsubscribe token");
        }
        String email;
        byte[] presented;
        try {
            email = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            presented = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("is not an unsubscribe token");
        }
        if (!MessageDigest.isEqual(signature(email), presented)) {
            throw new InvalidTokenException("has a signature that does not match");
        }
        return email;
    }

    private byte[] signature(String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((PURPOSE + email).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The token is malformed or was not signed with this service's secret: a 400 naming {@code token}. */
    public static final class InvalidTokenException extends ApiException {
        public InvalidTokenException(String reason) {
            super(400, "Invalid request", "token: " + reason, List.of(new FieldError("token", reason)));
        }
    }
}

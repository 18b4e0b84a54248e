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
 * Signs and checks the links in e-mails that name their recipient without a sign-in: {@code base64url(email) "."
 * base64url(HMAC-SHA256(secret, purpose + ":" + email))}. The purpose is signed so that a link made for one page
 * (unsubscribe) does not open another (preferences). They do not expire, as a link must work in an old e-mail.
 */
@ApplicationScoped
public class RecipientLinkTokens {

    /** What a link lets its holder do. */
    public enum Purpose {
        UNSUBSCRIBE("unsubscribe", "an unsubscribe token"),
        PREFERENCES("preferences", "a preferences token");

        private final String signedName;
        private final String description;

        Purpose(String signedName, String description) {
            this.signedName = signedName;
            this.description = description;
        }
    }

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public RecipientLinkTokens(NotificationConfig config) {
        this.key = new SecretKeySpec(config.unsubscribe().secret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String tokenFor(Purpose purpose, String email) {
        String normalised = email.toLowerCase(Locale.ROOT);
        return ENCODER.encodeToString(normalised.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(
                signature(purpose, normalised));
    }

    /**
     * The email address the token was issued for.
     *
     * @throws InvalidTokenException when it is malformed or its signature does not match (a token of another
     *                               purpose does not match)
     */
    public String verify(Purpose purpose, String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("is required");
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            throw new InvalidTokenException("is not " + purpose.description);
        }
        String email;
        byte[] presented;
        try {
            email = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            presented = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("is not " + purpose.description);
        }
        if (!MessageDigest.isEqual(signature(purpose, email), presented)) {
            throw new InvalidTokenException("has a signature that does not match");
        }
        return email;
    }

    private byte[] signature(Purpose purpose, String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((purpose.signedName + ":" + email).getBytes(StandardCharsets.UTF_8));
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

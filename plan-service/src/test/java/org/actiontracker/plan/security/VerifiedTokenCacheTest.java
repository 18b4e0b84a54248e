package org.actiontracker.plan.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final List<String> verified = new ArrayList<>();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromTheCache() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierExpiringAt(NOW.plus(Duration.ofHours(1))), clock);

        JsonWebToken first = cache.parse("token-a");
        now = NOW.plus(Duration.ofMinutes(4));
        JsonWebToken again = cache.parse("token-a");

        assertThat(again).isSameAs(first);
        assertThat(verified).containsExactly("token-a");
    }

    @Test
    void aCachedTokenIsVerifiedAgainOnceItExpires() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierExpiringAt(NOW.plusSeconds(60)), clock);

        cache.parse("token-a");
        now = NOW.plusSeconds(60);
        cache.parse("token-a");

        assertThat(verified).containsExactly("token-a", "token-a");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAgeSoAKeyChangeTakesEffect() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierExpiringAt(NOW.plus(Duration.ofHours(12))), clock);

        cache.parse("token-a");
        now = NOW.plus(VerifiedTokenCache.MAX_AGE);
        cache.parse("token-a");

        assertThat(verified).containsExactly("token-a", "token-a");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverCached() {
        JWTParser refusing = parser(token -> {
            verified.add(token);
            throw new ParseException("bad signature");
        });
        VerifiedTokenCache cache = new VerifiedTokenCache(refusing, clock);

        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThat(verified).containsExactly("forged", "forged");
    }

    @Test
    void distinctTokensAreVerifiedSeparately() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(verifierExpiringAt(NOW.plus(Duration.ofHours(1))), clock);

        cache.parse("token-a");
        cache.parse("token-b");

        assertThat(verified).containsExactly("token-a", "token-b");
    }

    private JWTParser verifierExpiringAt(Instant expiry) {
        return parser(token -> {
            verified.add(token);
            return tokenExpiringAt(expiry);
        });
    }

    private interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    /** A parser whose parse(String) is the verification given; the cache calls nothing else here. */
    private static JWTParser parser(Verification verification) {
        return new DefaultJWTParser() {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                return verification.verify(token);
            }
        };
    }

    private static JsonWebToken tokenExpiringAt(Instant expiry) {
        return (JsonWebToken) Proxy.newProxyInstance(JsonWebToken.class.getClassLoader(),
                new Class<?>[]{JsonWebToken.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getExpirationTime" -> expiry.getEpochSecond();
                    case "getName" -> "someone";
                    case "getClaimNames" -> Set.of("exp");
                    case "getClaim" -> "exp".equals(args[0]) ? expiry.getEpochSecond() : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "token expiring at " + expiry;
                    default -> null;
                });
    }
}

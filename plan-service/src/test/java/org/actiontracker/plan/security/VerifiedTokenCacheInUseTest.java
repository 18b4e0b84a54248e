package org.actiontracker.plan.security;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bearer tokens are verified through the cache: it is the parser SmallRye JWT's authentication is given. */
@QuarkusTest
class VerifiedTokenCacheInUseTest {

    @Inject
    JWTParser parser;

    @Test
    void theParserThatAuthenticatesRequestsIsTheVerifiedTokenCache() {
        assertThat(parser).isInstanceOf(VerifiedTokenCache.class);
    }
}

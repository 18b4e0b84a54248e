package org.actiontracker.support.security;

import org.actiontracker.infra.DevTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DevKeyPemTest {

    @Test
    void recognisesLocalInfrasDevPublicKeyWhateverItsLineBreaks() throws IOException {
        String pem;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DevTokens.PUBLIC_KEY_RESOURCE)) {
            pem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(DevKeyGuard.isDevKey(pem)).isTrue();
        assertThat(DevKeyGuard.isDevKey(pem.replace("\n", "\r\n"))).isTrue();
    }

    @Test
    void acceptsAnyOtherKey() throws NoSuchAlgorithmException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String other = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertThat(DevKeyGuard.isDevKey(other)).isFalse();
        assertThat(DevKeyGuard.isDevKey("not a key")).isFalse();
    }
}

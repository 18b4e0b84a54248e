package org.actiontracker.support.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DevKeyGuardTest {

    @Test
    void recognisesTheDevPublicKeyOnTheClasspath() {
        assertThat(DevKeyGuard.isDevKeyAt("dev-keys/public.pem")).isTrue();
        assertThat(DevKeyGuard.isDevKeyAt("classpath:dev-keys/public.pem")).isTrue();
    }

    @Test
    void acceptsAnyOtherKey() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Path file = Files.createTempFile("other", ".pem");
        Files.writeString(file, pem);

        assertThat(DevKeyGuard.isDevKeyAt(file.toUri().toString())).isFalse();
        assertThat(DevKeyGuard.isDevKeyAt(file.toString())).isFalse();
        assertThat(DevKeyGuard.isDevKeyAt("https://idp.example/jwks")).isFalse();
    }
}

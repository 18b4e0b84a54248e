package org.actiontracker.notification.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Refuses to start under the prod profile with the public half of the dev key pair, whose private half is
 * in the repository (local-infra) and signs anyone's tokens.
 */
@Singleton
public class DevKeyGuard {

    /** SHA-256 of the DER encoding of local-infra's dev-keys/public.pem. */
    static final String DEV_PUBLIC_KEY_SHA256 = "cfd29a8c37ce9a6e603b3ec1dcb68ed32b40723c4faca9597452e66149fa80eb";

    private final String publicKeyLocation;

    public DevKeyGuard(@ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation) {
        this.publicKeyLocation = publicKeyLocation;
    }

    void onStart(@Observes StartupEvent event) {
        if (ConfigUtils.getProfiles().contains("prod") && isDevKey(read(publicKeyLocation))) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location (" + publicKeyLocation
                    + ") is the dev public key; set JWT_PUBLIC_KEY_LOCATION to the identity provider's key");
        }
    }

    public static boolean isDevKey(String pem) {
        if (pem == null) {
            return false;
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return DEV_PUBLIC_KEY_SHA256.equals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)));
        } catch (IllegalArgumentException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The key's text from the file system or the classpath; null for other locations (such as https). */
    private static String read(String location) {
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        try {
            if (Files.isReadable(Path.of(path))) {
                return Files.readString(Path.of(path), StandardCharsets.UTF_8);
            }
            String resource = path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the public key at " + location, e);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package org.actiontracker.support.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Refuses to start under the {@code prod} profile with the public half of the dev key pair, whose
 * private half is in the repository (deploy/local-infra): anyone could mint an admin token for it.
 * A key it cannot read is not the dev key: SmallRye JWT reports an unreadable key itself.
 */
@ApplicationScoped
public class DevKeyGuard {

    /** SHA-256 of the DER form of deploy/local-infra's dev-keys/public.pem. */
    static final String DEV_PUBLIC_KEY_SHA256 = "cfd29a8c37ce9a6e603b3ec1dcb68ed32b40723c4faca9597452e66149fa80eb";

    private final Optional<String> keyLocation;

    public DevKeyGuard(@ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.keyLocation = keyLocation;
    }

    void check(@Observes StartupEvent startup) {
        if (ConfigUtils.getProfiles().contains("prod") && keyLocation.map(DevKeyGuard::isDevKeyAt).orElse(false)) {
            throw new IllegalStateException("Refusing to start: mp.jwt.verify.publickey.location ("
                    + keyLocation.get() + ") is the public dev key, whose private key is public. Set"
                    + " JWT_PUBLIC_KEY_LOCATION to your identity provider's key.");
        }
    }

    /** Whether the key at a file path, {@code file:} URI or {@code classpath:} resource is the dev key. */
    public static boolean isDevKeyAt(String location) {
        try (InputStream in = open(location)) {
            return in != null && isDevKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether a PEM text is the dev public key, whatever its line breaks. */
    public static boolean isDevKey(String pem) {
        if (pem == null) {
            return false;
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[^-]+-----", ""));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.of().formatHex(digest).equals(DEV_PUBLIC_KEY_SHA256);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return null;
        }
        if (location.startsWith("file:")) {
            return Files.newInputStream(Path.of(URI.create(location)));
        }
        if (!location.startsWith("classpath:") && Files.isReadable(Path.of(location))) {
            return Files.newInputStream(Path.of(location));
        }
        return Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(location.replaceFirst("^classpath:", ""));
    }
}

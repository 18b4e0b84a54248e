package org.actiontracker.plan.security;

import io.quarkus.runtime.LaunchMode;
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
 * Refuses to start a production build that trusts the dev key pair, whose private half is in the
 * repository for tests and local runs: anyone could mint an admin token for it.
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
        boolean production = LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.getProfiles().contains("prod");
        if (production && keyLocation.map(DevKeyGuard::isDevKey).orElse(false)) {
            throw new IllegalStateException("Refusing to start: mp.jwt.verify.publickey.location is the public dev"
                    + " key, whose private key is public. Set JWT_PUBLIC_KEY_LOCATION to your identity provider's key.");
        }
    }

    static boolean isDevKey(String location) {
        try (InputStream in = open(location)) {
            if (in == null) {
                return false;
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[^-]+-----", ""));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.of().formatHex(digest).equals(DEV_PUBLIC_KEY_SHA256);
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable PEM key: SmallRye JWT reports that itself.
            return false;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return null;
        }
        if (location.startsWith("file:")) {
            return Files.newInputStream(Path.of(URI.create(location)));
        }
        Path file = Path.of(location.replaceFirst("^classpath:", ""));
        if (!location.startsWith("classpath:") && Files.isReadable(file)) {
            return Files.newInputStream(file);
        }
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(location.replaceFirst("^classpath:",
                ""));
    }
}

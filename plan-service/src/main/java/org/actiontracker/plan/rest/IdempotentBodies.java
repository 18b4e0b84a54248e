package org.actiontracker.plan.rest;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.actiontracker.plan.repository.IdempotencyKeyRepository.StoredAnswer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body half of {@link IdempotencyKeys}: hashes the body of a request that holds a key, and answers a retry whose
 * key answered before with that answer if its body is the same, a 422 otherwise.
 */
@Provider
public class IdempotentBodies implements ReaderInterceptor {

    private final IdempotentRequest current;

    public IdempotentBodies(IdempotentRequest current) {
        this.current = current;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!current.isReserved() && current.earlier() == null) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        String hash = sha256(body);
        StoredAnswer earlier = current.earlier();
        if (earlier != null) {
            if (!hash.equals(earlier.bodyHash())) {
                throw IdempotencyKeys.reusedKey("was used with another body");
            }
            throw new IdempotencyKeys.ReplayedAnswer(earlier);
        }
        current.bodyHash(hash);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}

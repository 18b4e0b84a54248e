package org.actiontracker.plan.rest;

import jakarta.enterprise.context.RequestScoped;
import org.actiontracker.plan.repository.IdempotencyKeyRepository.StoredAnswer;

/** This request's Idempotency-Key: the key it holds, or the earlier answer the key already holds. */
@RequestScoped
public class IdempotentRequest {

    private String caller;
    private String key;
    private boolean reserved;
    private StoredAnswer earlier;
    private String bodyHash;

    void reserved(String caller, String key) {
        this.caller = caller;
        this.key = key;
        this.reserved = true;
    }

    void answeredBefore(StoredAnswer earlier) {
        this.earlier = earlier;
    }

    void bodyHash(String hash) {
        this.bodyHash = hash;
    }

    boolean isReserved() {
        return reserved;
    }

    StoredAnswer earlier() {
        return earlier;
    }

    String caller() {
        return caller;
    }

    String key() {
        return key;
    }

    String bodyHash() {
        return bodyHash;
    }
}

package org.actiontracker.notification.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** This process's identity in the digest claims: new at every start, so a restart is a new instance. */
@ApplicationScoped
public class DeliveryInstance {

    private final UUID id = UUID.randomUUID();

    public UUID id() {
        return id;
    }
}

package org.actiontracker.plan.domain;

import jakarta.persistence.Embeddable;

/** A named person in a role: leads of a plan, owners of actions, authors of updates. */
@Embeddable
public class Person {

    public String name;
    public String role;
    public String email;

    public Person() {
    }

    public Person(String name, String role, String email) {
        this.name = name;
        this.role = role;
        this.email = email;
    }
}

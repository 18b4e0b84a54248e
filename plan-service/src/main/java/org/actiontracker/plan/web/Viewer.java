package org.actiontracker.plan.web;

import org.actiontracker.plan.security.Actor;

/** Who the header greets, and which links it offers. */
public record Viewer(boolean signedIn, String name, boolean national) {

    public static Viewer of(PageActor pageActor, Actor actor) {
        return new Viewer(pageActor.signedIn(), actor.name(), actor.readsEverything());
    }
}

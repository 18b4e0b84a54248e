package org.actiontracker.plan.document;

/** A named person as a plan writes them: any part may be missing. */
public record Person(String name, String role, String email) {

    /** Text that {@link PersonParser} reads back into the same person: "Name (Role) &lt;email&gt;". */
    public String displayText() {
        StringBuilder text = new StringBuilder();
        if (name != null) {
            text.append(name);
        }
        if (role != null) {
            text.append(text.isEmpty() ? role : " (" + role + ")");
        }
        if (email != null) {
            text.append(text.isEmpty() ? "" : " ").append('<').append(email).append('>');
        }
        return text.toString();
    }
}

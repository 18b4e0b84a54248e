package org.actiontracker.plan.document;

/** The upload cannot be read as a document at all, before any question of whether it holds a plan. */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        EMPTY, CORRUPT, ENCRYPTED, NO_TEXT_LAYER, UNSUPPORTED, TOO_LARGE
    }

    private final Reason reason;

    public UnreadableDocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public UnreadableDocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package org.actiontracker.plan.document;

/** The content holds no recognisable plan table: no recommendation column, or no action rows. */
public class NotAPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAPlanException(String message) {
        super(message);
    }
}

package org.actiontracker.plan.service;

import org.actiontracker.support.problem.ApiException;
import org.actiontracker.support.problem.FieldError;

import java.util.List;


/**
 * The version a client read, from its {@code If-Match} header ({@code "3"} or {@code *}; a weak
 * {@code W/"3"} never matches). Writes that replace or remove a resource require one.
 */
public record ExpectedVersion(Long version) {

    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public static ExpectedVersion fromIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.versionRequired();
        }
        String value = header.trim();
        if (value.equals("*")) {
            return ANY;
        }
        if (value.startsWith("W/")) {
            // RFC 9110 13.1.1: If-Match uses the strong comparison, which a weak tag never passes.
            throw new ApiException(412, "Precondition failed", "If-Match needs the strong ETag this API sends, such as"
                    + " \"3\"; a weak ETag never matches", List.of(new FieldError("If-Match",
                    "weak ETag: send the ETag exactly as received")));
        }
        value = value.replace("\"", "");
        try {
            return new ExpectedVersion(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ApiException.invalid("If-Match", "not an ETag of this API (expected a quoted version such as \"3\")");
        }
    }

    /** @throws ApiException 412 when the resource has moved on since the client read it */
    public void check(long current) {
        if (version != null && version != current) {
            throw ApiException.versionMismatch(current);
        }
    }
}

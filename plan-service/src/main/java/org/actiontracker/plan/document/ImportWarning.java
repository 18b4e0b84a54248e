package org.actiontracker.plan.document;

/**
 * Something the parser could not place or had to guess, for the importer to show. line is the
 * 1-based line of the source text (or of the HTML element), null when not tied to one line.
 */
public record ImportWarning(String code, String message, Integer line) {

    public static final String ROW_CUT_OFF = "ROW_CUT_OFF";
    public static final String UNMAPPED_STATUS = "UNMAPPED_STATUS";
    public static final String UNRECOGNISED_RAG = "UNRECOGNISED_RAG";
    public static final String ROW_WITHOUT_RECOMMENDATION = "ROW_WITHOUT_RECOMMENDATION";
    public static final String DUPLICATE_RECOMMENDATION = "DUPLICATE_RECOMMENDATION";
    public static final String RECOMMENDATION_RENUMBERED = "RECOMMENDATION_RENUMBERED";
    public static final String SUB_POINT_GAP = "SUB_POINT_GAP";
    public static final String ORGANISATION_INFERRED = "ORGANISATION_INFERRED";
    public static final String RECOMMENDATION_INFERRED = "RECOMMENDATION_INFERRED";
}

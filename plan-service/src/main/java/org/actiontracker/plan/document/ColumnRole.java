package org.actiontracker.plan.document;

/** What a column of a plan table holds, recognised from its header (or, if blank, its cells). */
enum ColumnRole {
    REC_NUMBER,
    REC_TEXT,
    SUB_REF,
    EVIDENCE,
    ACTION,
    OWNER,
    UPDATE,
    UPDATE_DATE,
    STATUS,
    RAG,
    PERCENT,
    TARGET_DATE,
    DOCUMENTS,
    UNKNOWN
}

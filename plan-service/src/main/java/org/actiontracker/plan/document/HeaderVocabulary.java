package org.actiontracker.plan.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words plans use for their column headers, whichever organisation wrote them. A header is
 * compared without case, punctuation or a trailing colon; synonyms first, then a few shapes
 * ("March 2026 Update", "Initial Action Plan Response", "Action status").
 */
final class HeaderVocabulary {

    private static final Map<String, ColumnRole> SYNONYMS = Map.ofEntries(
            Map.entry("rec no", ColumnRole.REC_NUMBER),
            Map.entry("rec number", ColumnRole.REC_NUMBER),
            Map.entry("rec ref", ColumnRole.REC_NUMBER),
            Map.entry("recommendation no", ColumnRole.REC_NUMBER),
            Map.entry("recommendation number", ColumnRole.REC_NUMBER),
            Map.entry("recommendation ref", ColumnRole.REC_NUMBER),
            Map.entry("recommendation reference", ColumnRole.REC_NUMBER),
            Map.entry("rec", ColumnRole.REC_NUMBER),
            Map.entry("no", ColumnRole.REC_NUMBER),
            Map.entry("number", ColumnRole.REC_NUMBER),
            Map.entry("recommendation", ColumnRole.REC_TEXT),
            Map.entry("recommendations", ColumnRole.REC_TEXT),
            Map.entry("recommendation text", ColumnRole.REC_TEXT),
            Map.entry("recommendation detail", ColumnRole.REC_TEXT),
            Map.entry("recommendation details", ColumnRole.REC_TEXT),
            Map.entry("sub point", ColumnRole.SUB_REF),
            Map.entry("subpoint", ColumnRole.SUB_REF),
            Map.entry("sub ref", ColumnRole.SUB_REF),
            Map.entry("sub reference", ColumnRole.SUB_REF),
            Map.entry("sub id", ColumnRole.SUB_REF),
            Map.entry("sub recommendation", ColumnRole.SUB_REF),
            Map.entry("ref", ColumnRole.SUB_REF),
            Map.entry("reference", ColumnRole.SUB_REF),
            Map.entry("id", ColumnRole.SUB_REF),
            Map.entry("evidence", ColumnRole.EVIDENCE),
            Map.entry("success criteria", ColumnRole.EVIDENCE),
            Map.entry("action", ColumnRole.ACTION),
            Map.entry("actions", ColumnRole.ACTION),
            Map.entry("action description", ColumnRole.ACTION),
            Map.entry("planned action", ColumnRole.ACTION),
            Map.entry("planned actions", ColumnRole.ACTION),
            Map.entry("proposed action", ColumnRole.ACTION),
            Map.entry("force action", ColumnRole.ACTION),
            Map.entry("force actions", ColumnRole.ACTION),
            Map.entry("action to be taken", ColumnRole.ACTION),
            Map.entry("what we will do", ColumnRole.ACTION),
            Map.entry("activity", ColumnRole.ACTION),
            Map.entry("owner", ColumnRole.OWNER),
            Map.entry("recommendation owner", ColumnRole.OWNER),
            Map.entry("action owner", ColumnRole.OWNER),
            Map.entry("owner lead", ColumnRole.OWNER),
            Map.entry("lead", ColumnRole.OWNER),
            Map.entry("lead officer", ColumnRole.OWNER),
            Map.entry("responsible", ColumnRole.OWNER),
            Map.entry("responsible officer", ColumnRole.OWNER),
            Map.entry("update", ColumnRole.UPDATE),
            Map.entry("updates", ColumnRole.UPDATE),
            Map.entry("progress", ColumnRole.UPDATE),
            Map.entry("progress to date", ColumnRole.UPDATE),
            Map.entry("response", ColumnRole.UPDATE),
            Map.entry("comments", ColumnRole.UPDATE),
            Map.entry("commentary", ColumnRole.UPDATE),
            Map.entry("date", ColumnRole.UPDATE_DATE),
            Map.entry("update date", ColumnRole.UPDATE_DATE),
            Map.entry("date of update", ColumnRole.UPDATE_DATE),
            Map.entry("date updated", ColumnRole.UPDATE_DATE),
            Map.entry("last updated", ColumnRole.UPDATE_DATE),
            Map.entry("status", ColumnRole.STATUS),
            Map.entry("rag", ColumnRole.RAG),
            Map.entry("rag status", ColumnRole.RAG),
            Map.entry("rag rating", ColumnRole.RAG),
            Map.entry("r a g", ColumnRole.RAG),
            Map.entry("complete", ColumnRole.PERCENT),
            Map.entry("percent complete", ColumnRole.PERCENT),
            Map.entry("percentage complete", ColumnRole.PERCENT),
            Map.entry("progress percent", ColumnRole.PERCENT),
            Map.entry("target date", ColumnRole.TARGET_DATE),
            Map.entry("target", ColumnRole.TARGET_DATE),
            Map.entry("deadline", ColumnRole.TARGET_DATE),
            Map.entry("due date", ColumnRole.TARGET_DATE),
            Map.entry("completion date", ColumnRole.TARGET_DATE),
            Map.entry("target completion date", ColumnRole.TARGET_DATE),
            Map.entry("timescale", ColumnRole.TARGET_DATE),
            Map.entry("supporting documents", ColumnRole.DOCUMENTS),
            Map.entry("supporting documentation", ColumnRole.DOCUMENTS),
            Map.entry("supporting evidence", ColumnRole.DOCUMENTS),
            Map.entry("documents", ColumnRole.DOCUMENTS),
            Map.entry("links", ColumnRole.DOCUMENTS),
            Map.entry("attachments", ColumnRole.DOCUMENTS));

    /** Update columns under these generic headers lend their entries no period label. */
    private static final Set<String> GENERIC_UPDATE_HEADERS = Set.of("update", "updates", "action update",
            "force update", "progress update", "latest update", "progress", "progress to date", "response",
            "force response", "comments", "commentary");

    private record Shape(Pattern pattern, ColumnRole role) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("^evidence( requirements?)?\\b.*"), ColumnRole.EVIDENCE),
            new Shape(Pattern.compile(".*\\bupdate(s)?$|^update\\b.*|.*\\bresponse$"), ColumnRole.UPDATE),
            new Shape(Pattern.compile(".*\\bstatus$"), ColumnRole.STATUS),
            new Shape(Pattern.compile(".*\\bowner$"), ColumnRole.OWNER));

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private HeaderVocabulary() {
    }

    static ColumnRole roleOf(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return ColumnRole.UNKNOWN;
        }
        ColumnRole role = SYNONYMS.get(key);
        if (role != null) {
            return role;
        }
        return SHAPES.stream().filter(shape -> shape.pattern().matcher(key).matches()).map(Shape::role)
                .findFirst().orElse(ColumnRole.UNKNOWN);
    }

    /** A header row names the recommendation (number or text) and at least one other column. */
    static boolean isHeaderRow(List<String> cells) {
        if (cells.stream().anyMatch(cell -> cell.length() > 80)) {
            return false;
        }
        List<ColumnRole> roles = cells.stream().map(HeaderVocabulary::roleOf)
                .filter(role -> role != ColumnRole.UNKNOWN).toList();
        boolean namesRecommendation = roles.contains(ColumnRole.REC_NUMBER) || roles.contains(ColumnRole.REC_TEXT);
        return namesRecommendation && roles.stream().distinct().count() >= 2;
    }

    /** The period label an update column's header lends its entries, e.g. "March 2026 Update". */
    static String periodLabel(String header) {
        String label = header.strip().replaceAll("[:*]+$", "").strip();
        return GENERIC_UPDATE_HEADERS.contains(key(header)) || label.isEmpty() ? null : label;
    }

    static String key(String header) {
        return NOT_WORD.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

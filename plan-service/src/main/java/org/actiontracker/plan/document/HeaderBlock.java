package org.actiontracker.plan.document;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's particulars written around its table: "Force: Northumbria Police", "Executive
 * Lead: ...", "Governance: Vulnerability Board", the title. Read from key-value rows and
 * "Key: value" lines; any other text outside the table (introductions, banners) is ignored.
 */
final class HeaderBlock {

    enum Field { ORGANISATION, TITLE, SOURCE, VERSION, EXECUTIVE_LEAD, OPERATIONAL_LEAD, GOVERNANCE, REVIEW_DATE }

    /**
     * The header keys plans use. A bare "Lead" is the operational lead: the named person who runs
     * the plan; executive leads are always labelled as such.
     */
    private static final Map<String, Field> KEYS = Map.ofEntries(
            Map.entry("force", Field.ORGANISATION),
            Map.entry("police force", Field.ORGANISATION),
            Map.entry("organisation", Field.ORGANISATION),
            Map.entry("organization", Field.ORGANISATION),
            Map.entry("title", Field.TITLE),
            Map.entry("plan title", Field.TITLE),
            Map.entry("source", Field.SOURCE),
            Map.entry("report", Field.SOURCE),
            Map.entry("source report", Field.SOURCE),
            Map.entry("in response to", Field.SOURCE),
            Map.entry("version", Field.VERSION),
            Map.entry("version label", Field.VERSION),
            Map.entry("executive lead", Field.EXECUTIVE_LEAD),
            Map.entry("exec lead", Field.EXECUTIVE_LEAD),
            Map.entry("executive sponsor", Field.EXECUTIVE_LEAD),
            Map.entry("chief officer lead", Field.EXECUTIVE_LEAD),
            Map.entry("operational lead", Field.OPERATIONAL_LEAD),
            Map.entry("lead", Field.OPERATIONAL_LEAD),
            Map.entry("plan lead", Field.OPERATIONAL_LEAD),
            Map.entry("lead officer", Field.OPERATIONAL_LEAD),
            Map.entry("governance", Field.GOVERNANCE),
            Map.entry("governance body", Field.GOVERNANCE),
            Map.entry("governance board", Field.GOVERNANCE),
            Map.entry("oversight", Field.GOVERNANCE),
            Map.entry("oversight board", Field.GOVERNANCE),
            Map.entry("review date", Field.REVIEW_DATE),
            Map.entry("next review", Field.REVIEW_DATE),
            Map.entry("next review date", Field.REVIEW_DATE));

    private static final Pattern KEY_VALUE_LINE = Pattern.compile("^([A-Za-z][A-Za-z ]{1,30}):\\s*(\\S.*)$", Pattern.DOTALL);
    private static final Pattern MENTIONS_PLAN = Pattern.compile("(?i)\\bplan\\b");
    private static final Pattern VERSION_IN_TITLE = Pattern.compile("\\(([^()]*\\b(?:Update|Version|v\\d)[^()]*)\\)");
    private static final Pattern SOURCE_IN_TITLE = Pattern.compile("(?i)(?:\\bin response to|^response to)\\s+(?:the\\s+)?(.+)$");

    private static final Pattern FORCE_PLACEHOLDER = Pattern.compile("^\\[?Force\\]?(?:'s|’s|'|’)(?=\\s)");

    private final Map<Field, String> values = new HashMap<>();
    private String firstHeading;
    private String firstPlanLine;

    void accept(SourceLine line) {
        switch (line.kind()) {
            case ROW -> acceptRow(line.cells());
            case TEXT, HEADING -> acceptText(line);
            case BREAK -> {
            }
        }
    }

    private void acceptRow(List<String> cells) {
        List<String> filled = cells.stream().filter(cell -> !cell.isBlank()).toList();
        if (filled.size() >= 2) {
            put(filled.get(0), filled.get(1));
        }
    }

    private void acceptText(SourceLine line) {
        String text = line.text();
        Matcher keyValue = KEY_VALUE_LINE.matcher(text);
        if (keyValue.matches() && put(keyValue.group(1), keyValue.group(2))) {
            return;
        }
        if (line.kind() == SourceLine.Kind.HEADING && firstHeading == null) {
            firstHeading = text;
        } else if (firstPlanLine == null && text.length() <= 300 && MENTIONS_PLAN.matcher(text).find()) {
            firstPlanLine = text;
        }
    }

    private boolean put(String key, String value) {
        Field field = KEYS.get(HeaderVocabulary.key(key));
        if (field == null) {
            return false;
        }
        values.putIfAbsent(field, value.strip());
        return true;
    }

    String organisation() {
        return values.get(Field.ORGANISATION);
    }

    String title() {
        String title = values.get(Field.TITLE);
        return withForceNamed(title != null ? title : firstHeading != null ? firstHeading : firstPlanLine);
    }

    /**
     * A title still holding its template's placeholder ("Force' Police Stalking Action Plan") with the
     * force the plan names put in: "Northamptonshire Police Stalking Action Plan".
     */
    private String withForceNamed(String title) {
        String organisation = organisation();
        Matcher placeholder = title == null ? null : FORCE_PLACEHOLDER.matcher(title);
        if (placeholder == null || organisation == null || !placeholder.find()) {
            return title;
        }
        String rest = title.substring(placeholder.end());
        String force = rest.stripLeading().startsWith("Police ")
                ? organisation.replaceFirst("(?i)\\s+police$", "") : organisation;
        return force + rest;
    }

    /** An explicit source, else what the title says the plan responds to. */
    String source() {
        String source = values.get(Field.SOURCE);
        if (source != null || title() == null) {
            return source;
        }
        Matcher inTitle = SOURCE_IN_TITLE.matcher(title());
        return inTitle.find() ? inTitle.group(1).strip() : null;
    }

    /** An explicit version, else a parenthesis of the title such as "(March 2026 Update)". */
    String version() {
        String version = values.get(Field.VERSION);
        if (version != null || title() == null) {
            return version;
        }
        Matcher inTitle = VERSION_IN_TITLE.matcher(title());
        return inTitle.find() ? inTitle.group(1).strip() : null;
    }

    Person executiveLead() {
        String lead = values.get(Field.EXECUTIVE_LEAD);
        return lead == null ? null : PersonParser.parseLead(lead);
    }

    Person operationalLead() {
        String lead = values.get(Field.OPERATIONAL_LEAD);
        return lead == null ? null : PersonParser.parseLead(lead);
    }

    String governance() {
        return values.get(Field.GOVERNANCE);
    }

    LocalDate reviewDate() {
        return DateExpressions.firstDate(values.get(Field.REVIEW_DATE));
    }
}

package org.actiontracker.plan.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an update cell into its dated entries. Entries open with a marker as forces write them:
 * "Updated Oct 24", "Update 18/11/24 -", "March 2025 Update -", "Det Supt Southbank - Oct 24 -",
 * "Nov 24, DCI Safeguarding Governance -", "D/Supt Southbank -" (author, no date). Text before the
 * first marker (or a cell without markers) takes the date of the row or column it stands in, when
 * there is one; otherwise it is kept as an undated entry. The renderer's own heading
 * "[Update | Period: ... | Reported on: yyyy-mm-dd | Author: ... | Role: ...]" is read exactly.
 */
final class UpdateSplitter {

    /** The date and label an entry without its own date inherits from its row or column. */
    record Context(String period, LocalDate reportedOn) {
        static final Context NONE = new Context(null, null);
    }

    private static final String HEADING_OPEN = "[Update";
    private static final String FIELD_SEPARATOR = " | ";
    private static final String PERIOD = "Period: ";
    private static final String REPORTED_ON = "Reported on: ";
    private static final String AUTHOR = "Author: ";
    private static final String ROLE = "Role: ";

    private static final Pattern HEADING = Pattern.compile("^\\[Update((?: \\| [^\\n]*)?)]$", Pattern.MULTILINE);

    private static final String DATE = DateExpressions.DATE;
    private static final String SEPARATOR = "\\s*[-–:,]?\\s*";
    /** Capitalised words on one line, "Det Supt Southbank", "Head of Public Protection". */
    private static final String AUTHOR_PHRASE = "(?:[A-Z][\\w'&/]* +(?:(?:of|and|for|the|&) +)?){0,5}[A-Z][\\w'&/]*";

    private enum Shape { UPDATE_THEN_DATE, DATE_THEN_UPDATE, AUTHOR_THEN_DATE, DATE_THEN_AUTHOR, RANK_AUTHOR, DATE_ONLY }

    /** Marker shapes; all but AUTHOR_THEN_DATE, which is unmistakable, must open a sentence. */
    private static final List<MarkerPattern> MARKERS = List.of(
            new MarkerPattern(Shape.UPDATE_THEN_DATE,
                    "(?<period>(?:Updated?|UPDATED?)(?:\\s+on)?\\s*[-–:]?\\s*(?<date>" + DATE + "))" + SEPARATOR),
            new MarkerPattern(Shape.DATE_THEN_UPDATE,
                    "(?<period>(?<date>" + DATE + ")\\s+(?:Update|UPDATE)(?![\\p{L}]))" + SEPARATOR),
            new MarkerPattern(Shape.AUTHOR_THEN_DATE,
                    "(?<![\\w/])(?<author>" + AUTHOR_PHRASE + ")\\s*[-–]\\s*(?<period>(?<date>" + DATE + "))\\s*[-–:]\\s*"),
            new MarkerPattern(Shape.DATE_THEN_AUTHOR,
                    "(?<period>(?<date>" + DATE + "))\\s*,\\s*(?<author>" + AUTHOR_PHRASE + ")\\s*[-–:]\\s+"),
            new MarkerPattern(Shape.RANK_AUTHOR,
                    "(?<author>" + PersonParser.RANK + "(?: +[A-Z][\\w'&]*){0,3})\\s*[-–]\\s+"),
            new MarkerPattern(Shape.DATE_ONLY, "(?<period>(?<date>" + DATE + "))\\s*[-–:]\\s+"));

    private record MarkerPattern(Shape shape, Pattern pattern, boolean dated) {
        MarkerPattern(Shape shape, String regex) {
            this(shape, Pattern.compile(regex), regex.contains("(?<date>"));
        }

        boolean authored() {
            return shape == Shape.AUTHOR_THEN_DATE || shape == Shape.DATE_THEN_AUTHOR || shape == Shape.RANK_AUTHOR;
        }
    }

    private record Marker(int start, int end, String period, LocalDate date, String author) {
    }

    private UpdateSplitter() {
    }

    static List<DocumentUpdate> split(String text, Context context) {
        List<DocumentUpdate> updates = new ArrayList<>();
        if (!CellText.hasContent(text)) {
            return updates;
        }
        List<MatchResult> headings = HEADING.matcher(text).results().toList();
        if (headings.isEmpty()) {
            splitByMarkers(text, context, updates);
            return updates;
        }
        splitByMarkers(text.substring(0, headings.get(0).start()), context, updates);
        for (int i = 0; i < headings.size(); i++) {
            int bodyEnd = i + 1 < headings.size() ? headings.get(i + 1).start() : text.length();
            String body = text.substring(headings.get(i).end(), bodyEnd).strip();
            if (CellText.hasContent(body)) {
                updates.add(fromHeading(headings.get(i).group(1), body));
            }
        }
        return updates;
    }

    /** The heading the renderer writes above each entry; {@link #split} reads it back exactly. */
    static String heading(DocumentUpdate update) {
        StringBuilder heading = new StringBuilder(HEADING_OPEN);
        appendField(heading, PERIOD, update.period());
        appendField(heading, REPORTED_ON, update.reportedOn() == null ? null : update.reportedOn().toString());
        appendField(heading, AUTHOR, update.authorName());
        appendField(heading, ROLE, update.authorRole());
        return heading.append(']').toString();
    }

    private static void appendField(StringBuilder heading, String name, String value) {
        if (value != null) {
            heading.append(FIELD_SEPARATOR).append(name).append(value);
        }
    }

    private static DocumentUpdate fromHeading(String fields, String body) {
        String period = null;
        LocalDate reportedOn = null;
        String author = null;
        String role = null;
        for (String field : fields.split(" \\| ")) {
            if (field.startsWith(PERIOD)) {
                period = field.substring(PERIOD.length());
            } else if (field.startsWith(REPORTED_ON)) {
                reportedOn = LocalDate.parse(field.substring(REPORTED_ON.length()).strip());
            } else if (field.startsWith(AUTHOR)) {
                author = field.substring(AUTHOR.length());
            } else if (field.startsWith(ROLE)) {
                role = field.substring(ROLE.length());
            }
        }
        return DocumentUpdate.of(reportedOn, period, author, role, body);
    }

    private static void splitByMarkers(String text, Context context, List<DocumentUpdate> updates) {
        List<Marker> markers = markers(text);
        int firstStart = markers.isEmpty() ? text.length() : markers.get(0).start();
        String preamble = text.substring(0, firstStart).strip();
        if (CellText.hasContent(preamble)) {
            updates.add(DocumentUpdate.of(context.reportedOn(), context.period(), null, null, preamble));
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            int bodyEnd = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            String body = text.substring(marker.end(), bodyEnd).strip();
            if (!CellText.hasContent(body)) {
                continue;
            }
            boolean ownDate = marker.date() != null;
            updates.add(DocumentUpdate.of(ownDate ? marker.date() : context.reportedOn(),
                    ownDate ? marker.period() : context.period(), null, marker.author(), body));
        }
    }

    private static List<Marker> markers(String text) {
        List<Marker> candidates = new ArrayList<>();
        for (MarkerPattern markerPattern : MARKERS) {
            Matcher matcher = markerPattern.pattern().matcher(text);
            while (matcher.find()) {
                if (!opensEntry(text, matcher.start(), markerPattern.shape())) {
                    continue;
                }
                LocalDate date = markerPattern.dated() ? DateExpressions.parse(matcher.group("date")) : null;
                if (markerPattern.dated() && date == null) {
                    continue;
                }
                candidates.add(new Marker(matcher.start(), matcher.end(),
                        markerPattern.dated() ? matcher.group("period").strip() : null, date,
                        markerPattern.authored() ? matcher.group("author").strip() : null));
            }
        }
        candidates.sort(Comparator.comparingInt(Marker::start)
                .thenComparing(Comparator.comparingInt(Marker::end).reversed()));
        List<Marker> markers = new ArrayList<>();
        for (Marker candidate : candidates) {
            if (markers.isEmpty() || candidate.start() >= markers.get(markers.size() - 1).end()) {
                markers.add(candidate);
            }
        }
        return markers;
    }

    /**
     * Whether a marker at this position opens an entry: at the start of the cell or of a line, or
     * after the end of a sentence. A date marker alone must open a line, as "Oct 24 - ..." does.
     */
    private static boolean opensEntry(String text, int start, Shape shape) {
        if (shape == Shape.AUTHOR_THEN_DATE) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return true;
        }
        return shape != Shape.DATE_ONLY && i < start - 1 && ".!?;:)]".indexOf(text.charAt(i)) >= 0;
    }
}

package org.actiontracker.plan.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.actiontracker.plan.domain.Rag;

/**
 * Reads the lines of any format into a {@link PlanDocument}: finds the plan table(s) by their
 * header row, skips repeated headers and page furniture, joins rows continued after a page break
 * to the row they continue, and turns rows into actions.
 */
final class TableInterpreter {

    private static final Pattern NUMBERED_TEXT = Pattern.compile("^0*(\\d{1,3})[.)]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("https?://[^\\s()<>]+");
    private static final Pattern OPENS_PARAGRAPH = Pattern.compile("^(- |\\d{1,3}[.)] )");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:;)\"”’\\]]$");
    private static final Pattern FORCE_NAME = Pattern.compile(
            "\\b((?:[A-Z][a-z]+ (?:and )?){0,2}[A-Z][a-z]+) (Police|Constabulary)\\b");
    private static final Set<String> NOT_FORCE_WORDS = Set.of("The", "A", "An", "All", "Our", "Their", "Other",
            "Some", "Each", "Every", "Most", "Many", "Both", "This", "That", "These", "Those", "Home", "National",
            "Local", "Between", "With", "From", "For", "By", "Of", "In", "On", "To", "And", "As", "At", "Where");

    private final RecommendationCatalogue catalogue;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Set<String> unmappedStatusLabels = new LinkedHashSet<>();
    private boolean onlyRecommendationLevelTables = true;

    TableInterpreter(RecommendationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A table found in the document: its header and data rows. */
    private record Segment(List<String> headerCells, int headerLine, List<DataRow> rows) {
    }

    private record DataRow(SourceLine line, boolean afterBreak) {
    }

    PlanDocument interpret(List<SourceLine> lines) {
        HeaderBlock header = new HeaderBlock();
        List<Segment> segments = segments(lines, header);
        if (segments.isEmpty()) {
            throw new NotAPlanException("No plan table found: no row names a recommendation column "
                    + "(such as 'Rec. No.', 'Recommendation Number' or 'Recommendation') beside another known column.");
        }
        List<DocumentAction> actions = new ArrayList<>();
        for (Segment segment : segments) {
            actions.addAll(actions(segment));
        }
        if (actions.isEmpty()) {
            throw new NotAPlanException("The table with its header at line " + segments.get(0).headerLine()
                    + " has no rows with a recommendation number.");
        }
        actions = reconcileNumbers(actions);
        if (onlyRecommendationLevelTables) {
            warnAboutDuplicates(actions);
        }
        warnAboutSubPointGaps(actions);
        String organisation = header.organisation() != null ? header.organisation() : inferOrganisation(lines);
        return new PlanDocument(organisation, header.title(), header.source(), header.version(),
                header.executiveLead(), header.operationalLead(), header.governance(), header.reviewDate(),
                actions, warnings, unmappedStatusLabels);
    }

    // --- finding the tables -------------------------------------------------------------------

    private List<Segment> segments(List<SourceLine> lines, HeaderBlock header) {
        int lastContent = lines.size() - 1;
        while (lastContent >= 0 && lines.get(lastContent).kind() == SourceLine.Kind.BREAK) {
            lastContent--;
        }
        List<Segment> segments = new ArrayList<>();
        Segment current = null;
        boolean afterBreak = false;
        for (int i = 0; i <= lastContent; i++) {
            SourceLine line = lines.get(i);
            boolean isRow = line.kind() == SourceLine.Kind.ROW;
            if (isRow && HeaderVocabulary.isHeaderRow(line.cells())) {
                if (current == null || !sameHeader(line.cells(), current.headerCells())) {
                    current = new Segment(line.cells(), line.lineNumber(), new ArrayList<>());
                    segments.add(current);
                }
                afterBreak = true;
            } else if (current == null) {
                header.accept(line);
            } else if (!isRow) {
                afterBreak = true;
            } else if (line.cells().size() < Layout.minimumWidth(current.headerCells().size())) {
                if (i == lastContent) {
                    warnCutOff(line, "has only " + line.cells().size() + " of the table's "
                            + current.headerCells().size() + " columns");
                }
                current = null;
                header.accept(line);
            } else {
                current.rows().add(new DataRow(line, afterBreak));
                afterBreak = false;
            }
        }
        dropCutOffLastRow(segments, lastContent >= 0 ? lines.get(lastContent) : null);
        return segments;
    }

    private static boolean sameHeader(List<String> cells, List<String> header) {
        return nonBlankKeys(cells).equals(nonBlankKeys(header));
    }

    private static List<String> nonBlankKeys(List<String> cells) {
        return cells.stream().map(HeaderVocabulary::key).filter(key -> !key.isEmpty()).toList();
    }

    /**
     * The document's last row is cut off when the reader saw it end inside the row, or when it
     * has fewer cells than every other row of its table.
     */
    private void dropCutOffLastRow(List<Segment> segments, SourceLine lastLine) {
        if (segments.isEmpty() || lastLine == null) {
            return;
        }
        List<DataRow> rows = segments.get(segments.size() - 1).rows();
        if (rows.isEmpty() || rows.get(rows.size() - 1).line() != lastLine) {
            return;
        }
        int fewestOtherCells = rows.subList(0, rows.size() - 1).stream()
                .mapToInt(row -> row.line().cells().size()).min().orElse(0);
        if (lastLine.truncated()) {
            warnCutOff(lastLine, "ends inside a cell");
            rows.remove(rows.size() - 1);
        } else if (lastLine.cells().size() < fewestOtherCells) {
            warnCutOff(lastLine, "has fewer cells than any other row");
            rows.remove(rows.size() - 1);
        }
    }

    private void warnCutOff(SourceLine line, String why) {
        warnings.add(new ImportWarning(ImportWarning.ROW_CUT_OFF, "The document seems cut off: the row at line "
                + line.lineNumber() + " " + why + "; it was not imported, the complete rows before it were.",
                line.lineNumber()));
    }

    // --- rows to actions ----------------------------------------------------------------------

    /** An action being assembled from its row and any rows that continue it. */
    private static final class Draft {
        final String number;
        final String subRef;
        final int line;
        final Map<ColumnRole, String> values;
        final List<String> updates;

        Draft(String number, String subRef, int line, Layout.AlignedRow row) {
            this.number = number;
            this.subRef = subRef;
            this.line = line;
            this.values = new EnumMap<>(ColumnRole.class);
            this.values.putAll(row.values());
            this.updates = new ArrayList<>(row.updates());
        }

        String get(ColumnRole role) {
            return values.getOrDefault(role, "");
        }

        void absorb(Layout.AlignedRow continuation) {
            continuation.values().forEach((role, text) -> values.merge(role, text, TableInterpreter::join));
            for (int i = 0; i < updates.size(); i++) {
                updates.set(i, join(updates.get(i), continuation.updates().get(i)));
            }
        }
    }

    /**
     * Text continued across a page break: the same paragraph when the first part stops
     * mid-sentence ("in place so" + "that police ..."), else a new paragraph.
     */
    private static String join(String first, String second) {
        if (first.isBlank()) {
            return second;
        }
        if (second.isBlank()) {
            return first;
        }
        boolean newParagraph = ENDS_SENTENCE.matcher(first).find() || OPENS_PARAGRAPH.matcher(second).find();
        return first + (newParagraph ? "\n\n" : " ") + second;
    }

    private List<DocumentAction> actions(Segment segment) {
        Layout layout = Layout.infer(segment.headerCells(),
                segment.rows().stream().map(row -> row.line().cells()).toList());
        if (layout.has(ColumnRole.ACTION) || layout.has(ColumnRole.SUB_REF)) {
            onlyRecommendationLevelTables = false;
        }
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (DataRow dataRow : segment.rows()) {
            Layout.AlignedRow row = layout.align(dataRow.line().cells());
            Identity identity = identity(row, layout);
            int lineNumber = dataRow.line().lineNumber();
            // a row continued over a page break is never a recommendation of its own
            if (identity.number() == null && !layout.has(ColumnRole.REC_NUMBER)
                    && (current == null || !dataRow.afterBreak())) {
                identity = inferredByText(identity, current == null ? null : current.number, lineNumber);
            }
            if (identity.number() != null) {
                current = new Draft(identity.number(), identity.subRef(), lineNumber, identity.row());
                drafts.add(current);
            } else if (current == null) {
                warnings.add(new ImportWarning(ImportWarning.ROW_WITHOUT_RECOMMENDATION, "The row at line "
                        + lineNumber + " names no recommendation and follows none; it was not imported.", lineNumber));
            } else if (!dataRow.afterBreak() && !row.get(ColumnRole.ACTION).isBlank()) {
                // a further action of the same recommendation, its number cell merged with the one above
                current = new Draft(current.number, null, lineNumber, row);
                drafts.add(current);
            } else {
                current.absorb(row);
            }
        }
        Map<String, String> recommendationTexts = new HashMap<>();
        for (Draft draft : drafts) {
            if (!draft.get(ColumnRole.REC_TEXT).isBlank()) {
                recommendationTexts.putIfAbsent(draft.number, draft.get(ColumnRole.REC_TEXT));
            }
        }
        List<String> updateHeaders = layout.updateHeaders();
        return drafts.stream().map(draft -> action(draft, layout, updateHeaders, recommendationTexts)).toList();
    }

    /**
     * A recommendation printed without its number, matched to the source's catalogue by its text: a
     * close match to another recommendation than the one before (which this row may merely continue)
     * starts an action of that recommendation, marked as inferred.
     */
    private Identity inferredByText(Identity identity, String previousNumber, int lineNumber) {
        String text = identity.row().get(ColumnRole.REC_TEXT);
        if (catalogue == null || text.isBlank() || RecommendationCatalogue.distinctiveWordCount(text) < 6) {
            return identity;
        }
        Optional<RecommendationCatalogue.Match> match = catalogue.bestMatch(text);
        if (match.isEmpty() || match.get().similarity() < 0.75 || match.get().number().equals(previousNumber)) {
            return identity;
        }
        warnings.add(new ImportWarning(ImportWarning.RECOMMENDATION_INFERRED, "The row at line " + lineNumber
                + " gives no recommendation number; its text is that of recommendation " + match.get().number()
                + " (inferred).", lineNumber));
        return new Identity(match.get().number(), null, identity.row());
    }

    /** A row's recommendation number and sub-point; the row itself with any number prefix removed. */
    private record Identity(String number, String subRef, Layout.AlignedRow row) {
    }

    private static Identity identity(Layout.AlignedRow row, Layout layout) {
        String subRef = null;
        String number = null;
        Matcher subRefCell = Layout.SUB_REF_CELL.matcher(row.get(ColumnRole.SUB_REF));
        if (subRefCell.matches()) {
            number = subRefCell.group(1);
            subRef = number + "." + subRefCell.group(2);
        }
        Matcher numberCell = Layout.NUMBER_CELL.matcher(row.get(ColumnRole.REC_NUMBER));
        if (number == null && numberCell.matches()) {
            number = numberCell.group(1);
            subRef = numberCell.group(2) == null ? null : number + "." + numberCell.group(2);
        }
        if (number == null && !layout.has(ColumnRole.REC_NUMBER)) {
            // no number column: the recommendation text opens with its number, "11. By 27 March ..."
            Matcher numbered = NUMBERED_TEXT.matcher(row.get(ColumnRole.REC_TEXT));
            if (numbered.matches()) {
                Map<ColumnRole, String> values = new HashMap<>(row.values());
                values.put(ColumnRole.REC_TEXT, numbered.group(2));
                return new Identity(numbered.group(1), null, new Layout.AlignedRow(values, row.updates()));
            }
        }
        return new Identity(number, subRef, row);
    }

    private DocumentAction action(Draft draft, Layout layout, List<String> updateHeaders,
                                  Map<String, String> recommendationTexts) {
        String recommendationText = blankToNull(draft.get(ColumnRole.REC_TEXT));
        if (recommendationText == null) {
            recommendationText = recommendationTexts.get(draft.number);
        }
        String evidence = blankToNull(draft.get(ColumnRole.EVIDENCE));
        String description = firstPresent(blankToNull(draft.get(ColumnRole.ACTION)), evidence, recommendationText);
        String ownerText = blankToNull(draft.get(ColumnRole.OWNER));
        String statusLabel = blankToNull(draft.get(ColumnRole.STATUS));
        StatusVocabulary.Reading reading = statusLabel == null ? null : StatusVocabulary.read(statusLabel);
        if (reading != null && reading.status() == null && unmappedStatusLabels.add(statusLabel)) {
            warnings.add(new ImportWarning(ImportWarning.UNMAPPED_STATUS, "The status '" + statusLabel
                    + "' (line " + draft.line + ") matches no known status; it is kept as written, without a status.",
                    draft.line));
        }
        Integer percent = layout.has(ColumnRole.PERCENT) && !draft.get(ColumnRole.PERCENT).isBlank()
                ? StatusVocabulary.percent(draft.get(ColumnRole.PERCENT))
                : reading == null ? null : reading.percent();
        LocalDate targetDate = layout.has(ColumnRole.TARGET_DATE)
                ? DateExpressions.firstDate(draft.get(ColumnRole.TARGET_DATE))
                : deadline(description, recommendationText);
        return new DocumentAction(draft.number, draft.subRef, recommendationText, evidence,
                description == null ? "" : description, ownerText, PersonParser.parse(ownerText), statusLabel,
                reading == null ? null : reading.status(), rag(draft), percent, targetDate,
                documents(draft.get(ColumnRole.DOCUMENTS)), updates(draft, updateHeaders));
    }

    /** The action's own opening deadline ("2. By 27 March 2025 provide ..."), else its recommendation's. */
    private static LocalDate deadline(String description, String recommendationText) {
        LocalDate own = DateExpressions.leadingDeadline(description);
        return own != null ? own : DateExpressions.deadline(firstPresent(recommendationText, description));
    }

    private Rag rag(Draft draft) {
        String text = draft.get(ColumnRole.RAG);
        if (text.isBlank()) {
            return null;
        }
        Rag rag = StatusVocabulary.rag(text);
        if (rag == null) {
            warnings.add(new ImportWarning(ImportWarning.UNRECOGNISED_RAG, "The RAG rating '" + text + "' (line "
                    + draft.line + ") is not red, amber or green; it was left out.", draft.line));
        }
        return rag;
    }

    /** Each update column split into entries; a date column of the row dates entries without one. */
    private static List<DocumentUpdate> updates(Draft draft, List<String> updateHeaders) {
        String rowDate = draft.get(ColumnRole.UPDATE_DATE).strip();
        LocalDate rowReportedOn = DateExpressions.firstDate(rowDate);
        List<DocumentUpdate> updates = new ArrayList<>();
        for (int i = 0; i < draft.updates.size(); i++) {
            String header = updateHeaders.get(i);
            UpdateSplitter.Context context = rowReportedOn != null
                    ? new UpdateSplitter.Context(rowDate, rowReportedOn)
                    : new UpdateSplitter.Context(HeaderVocabulary.periodLabel(header), DateExpressions.firstDate(header));
            updates.addAll(UpdateSplitter.split(draft.updates.get(i), context));
        }
        return updates;
    }

    /** One document a line: "title (https://...)", a bare address, or a title alone. */
    private static List<DocumentLink> documents(String cell) {
        List<DocumentLink> documents = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String text = line.strip().replaceFirst("^- ", "");
            if (text.isEmpty()) {
                continue;
            }
            Matcher url = URL.matcher(text);
            if (url.find()) {
                String title = (text.substring(0, url.start()) + text.substring(url.end()))
                        .replace("()", "").strip().replaceAll("[\\s:(-]+$", "");
                documents.add(new DocumentLink(title.isEmpty() ? url.group() : title, url.group()));
            } else {
                documents.add(new DocumentLink(text, null));
            }
        }
        return documents;
    }

    // --- checks across actions ----------------------------------------------------------------

    /**
     * Renumbers a recommendation-level row whose text plainly belongs to another recommendation of
     * the catalogue (Word list numbering that restarted); sub-point rows carry their number twice
     * ("12" and "12.3") and are left alone.
     */
    private List<DocumentAction> reconcileNumbers(List<DocumentAction> actions) {
        if (catalogue == null) {
            return actions;
        }
        List<DocumentAction> reconciled = new ArrayList<>();
        for (DocumentAction action : actions) {
            String text = action.recommendationText();
            if (action.subPointRef() != null || text == null || RecommendationCatalogue.distinctiveWordCount(text) < 6) {
                reconciled.add(action);
                continue;
            }
            double own = catalogue.similarity(text, action.recommendationNumber());
            Optional<RecommendationCatalogue.Match> best = catalogue.bestMatch(text);
            if (best.isPresent() && !best.get().number().equals(action.recommendationNumber())
                    && best.get().similarity() >= 0.6 && best.get().similarity() - own >= 0.4) {
                warnings.add(new ImportWarning(ImportWarning.RECOMMENDATION_RENUMBERED, "A row numbered "
                        + action.recommendationNumber() + " has the text of recommendation " + best.get().number()
                        + " and was imported as recommendation " + best.get().number() + ".", null));
                reconciled.add(action.withRecommendationNumber(best.get().number()));
            } else {
                reconciled.add(action);
            }
        }
        return reconciled;
    }

    /** In a table of one row per recommendation, a number met twice is a misprint to check. */
    private void warnAboutDuplicates(List<DocumentAction> actions) {
        Map<String, Long> counts = actions.stream()
                .collect(Collectors.groupingBy(DocumentAction::recommendationNumber, LinkedHashMap::new,
                        Collectors.counting()));
        counts.forEach((number, count) -> {
            if (count > 1) {
                warnings.add(new ImportWarning(ImportWarning.DUPLICATE_RECOMMENDATION, "Recommendation " + number
                        + " appears in " + count + " rows of a table with one row per recommendation; "
                        + "check its numbering.", null));
            }
        });
    }

    /** Sub-points 12.2 to 12.4 without 12.1: a row lost at a page break, perhaps. */
    private void warnAboutSubPointGaps(List<DocumentAction> actions) {
        Map<String, TreeSet<Integer>> subPoints = new LinkedHashMap<>();
        for (DocumentAction action : actions) {
            if (action.subPointRef() != null) {
                int minor = Integer.parseInt(action.subPointRef().substring(action.subPointRef().indexOf('.') + 1));
                subPoints.computeIfAbsent(action.recommendationNumber(), number -> new TreeSet<>()).add(minor);
            }
        }
        subPoints.forEach((number, minors) -> {
            List<String> missing = new ArrayList<>();
            for (int minor = 1; minor < minors.last(); minor++) {
                if (!minors.contains(minor)) {
                    missing.add(number + "." + minor);
                }
            }
            if (!missing.isEmpty()) {
                warnings.add(new ImportWarning(ImportWarning.SUB_POINT_GAP, "Recommendation " + number
                        + " lists sub-points up to " + number + "." + minors.last() + " but not "
                        + String.join(", ", missing) + ".", null));
            }
        });
    }

    /** The force the text names most ("Humberside Police"), when the header does not say. */
    private String inferOrganisation(List<SourceLine> lines) {
        Map<String, Integer> mentions = new HashMap<>();
        for (SourceLine line : lines) {
            for (String cell : line.cells()) {
                Matcher name = FORCE_NAME.matcher(cell);
                while (name.find()) {
                    String place = withoutLeadingCommonWords(name.group(1));
                    if (!place.isEmpty()) {
                        mentions.merge(place + " " + name.group(2), 1, Integer::sum);
                    }
                }
            }
        }
        Optional<String> mostMentioned = mentions.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
        mostMentioned.ifPresent(force -> warnings.add(new ImportWarning(ImportWarning.ORGANISATION_INFERRED,
                "The plan does not name its organisation; '" + force + "', the force its text names most, was assumed.",
                null)));
        return mostMentioned.orElse(null);
    }

    private static String withoutLeadingCommonWords(String words) {
        List<String> kept = new ArrayList<>(List.of(words.split(" ")));
        while (!kept.isEmpty() && (NOT_FORCE_WORDS.contains(kept.get(0)) || kept.get(0).equals("and"))) {
            kept.remove(0);
        }
        return String.join(" ", kept);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @SafeVarargs
    private static <T> T firstPresent(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}

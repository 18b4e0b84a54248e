package org.actiontracker.plan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a plan as forces publish it: its particulars, then one row per action with the
 * recommendation, the action, its owner, every progress update (each under a heading with its
 * period, date and author), status, RAG and target date. {@link PlanDocumentParser} reads the
 * output back into the same actions. All text from the plan is escaped: no markup in the data
 * ever reaches the output as markup, and only http(s) addresses become links.
 */
public final class PlanDocumentRenderer {

    private static final String FORMULA_START = "=+-@\t\r";
    /** Every cell quoted: a semicolon or edge space in a cell never misleads the reader's separator guess. */
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final String STYLE = "body{font-family:sans-serif;line-height:1.4;margin:1em}"
            + "table{border-collapse:collapse}th,td{border:1px solid #767676;padding:.4em;vertical-align:top;"
            + "text-align:left}caption{text-align:left;font-weight:bold;padding:.4em 0}dt{font-weight:bold}";

    /**
     * A column of the published table: its plain text (CSV), and its HTML and Markdown forms, by
     * default the plain text escaped. Optional columns appear only when some action fills them.
     */
    record Column(String header, Predicate<DocumentAction> filled, Function<DocumentAction, String> text,
                          Function<DocumentAction, String> html, Function<DocumentAction, String> markdown) {

        static Column of(String header, Function<DocumentAction, String> text) {
            return new Column(header, action -> true, text, text.andThen(CellText::toHtml),
                    text.andThen(PlanDocumentRenderer::markdownText));
        }

        Column onlyWhenAny(Predicate<DocumentAction> condition) {
            return new Column(header, condition, text, html, markdown);
        }

        Column withHtml(Function<DocumentAction, String> htmlForm) {
            return new Column(header, filled, text, htmlForm, markdown);
        }

        Column withMarkdown(Function<DocumentAction, String> markdownForm) {
            return new Column(header, filled, text, html, markdownForm);
        }
    }

    private record Particular(String key, String value) {
    }

    private static final List<Column> COLUMNS = List.of(
            Column.of("Rec. No.", DocumentAction::recommendationNumber),
            Column.of("Sub-point", action -> orEmpty(action.subPointRef()))
                    .onlyWhenAny(action -> action.subPointRef() != null),
            Column.of("Recommendation", action -> orEmpty(action.recommendationText())),
            Column.of("Evidence requirement", action -> orEmpty(action.evidenceRequirement()))
                    .onlyWhenAny(action -> action.evidenceRequirement() != null),
            Column.of("Action", PlanDocumentRenderer::ownDescription)
                    .onlyWhenAny(action -> !ownDescription(action).isEmpty()),
            Column.of("Owner", PlanDocumentRenderer::owner),
            Column.of("Update", PlanDocumentRenderer::updates).withHtml(PlanDocumentRenderer::htmlUpdates),
            Column.of("Status", PlanDocumentRenderer::status),
            Column.of("RAG", action -> action.rag() == null ? "" : action.rag().name()),
            Column.of("% Complete", action -> action.percentComplete() == null ? "" : action.percentComplete() + "%")
                    .onlyWhenAny(action -> action.percentComplete() != null),
            Column.of("Target Date", action -> date(action.targetDate())),
            Column.of("Supporting Documents", PlanDocumentRenderer::documentLines)
                    .onlyWhenAny(action -> !action.documents().isEmpty())
                    .withHtml(PlanDocumentRenderer::htmlDocuments)
                    .withMarkdown(PlanDocumentRenderer::markdownDocuments));

    public String render(PlanDocument plan, DocumentFormat format) {
        List<Column> columns = COLUMNS.stream()
                .filter(column -> plan.actions().stream().anyMatch(column.filled())).toList();
        if (!format.isRenderable()) {
            throw new IllegalArgumentException("Plans are not written as " + format.label());
        }
        return format.renderer().render(plan, columns);
    }

    // --- the four forms -----------------------------------------------------------------------

    static String html(PlanDocument plan, List<Column> columns) {
        String title = plan.title() != null ? plan.title() : "Action plan";
        StringBuilder html = new StringBuilder(16_384)
                .append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(CellText.escapeHtml(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(CellText.escapeHtml(title)).append("</h1>\n");
        List<Particular> particulars = particulars(plan);
        if (!particulars.isEmpty()) {
            html.append("<dl>\n");
            for (Particular particular : particulars) {
                html.append("<dt>").append(CellText.escapeHtml(particular.key())).append("</dt><dd>")
                        .append(CellText.escapeHtml(particular.value())).append("</dd>\n");
            }
            html.append("</dl>\n");
        }
        html.append("<table>\n<caption>Actions and progress updates")
                .append(plan.organisationName() == null ? "" : ": " + CellText.escapeHtml(plan.organisationName()))
                .append("</caption>\n<thead>\n<tr>");
        for (Column column : columns) {
            html.append("<th scope=\"col\">").append(CellText.escapeHtml(column.header())).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (DocumentAction action : plan.actions()) {
            html.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                String cell = columns.get(i).html().apply(action);
                // the recommendation number heads its row for screen readers
                html.append(i == 0 ? "<th scope=\"row\">" + cell + "</th>" : "<td>" + cell + "</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n").toString();
    }

    /**
     * Plain text cells (no markup, no escaping), through Commons CSV. A cell a spreadsheet would run as
     * a formula (opening with =, +, -, @, tab or carriage return) gets a leading apostrophe, as OWASP
     * advises against CSV injection; the CSV reader takes it off again.
     */
    static String csv(PlanDocument plan, List<Column> columns) {
        StringBuilder csv = new StringBuilder(16_384);
        try (CSVPrinter printer = new CSVPrinter(csv, CSV_FORMAT)) {
            if (plan.title() != null) {
                csvRow(printer, List.of("Title", plan.title()));
            }
            for (Particular particular : particulars(plan)) {
                csvRow(printer, List.of(particular.key(), particular.value()));
            }
            printer.println();
            csvRow(printer, columns.stream().map(Column::header).toList());
            for (DocumentAction action : plan.actions()) {
                csvRow(printer, columns.stream().map(column -> column.text().apply(action)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private static void csvRow(CSVPrinter printer, List<String> fields) throws IOException {
        printer.printRecord(fields.stream().map(PlanDocumentRenderer::neutraliseFormula).toList());
    }

    static String neutraliseFormula(String field) {
        return !field.isEmpty() && FORMULA_START.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    static String markdown(PlanDocument plan, List<Column> columns) {
        StringBuilder markdown = new StringBuilder(16_384);
        if (plan.title() != null) {
            markdown.append("# ").append(markdownText(plan.title())).append("\n\n");
        }
        for (Particular particular : particulars(plan)) {
            markdown.append("**").append(particular.key()).append(":** ").append(markdownText(particular.value()))
                    .append("\n\n");
        }
        markdown.append(columns.stream().map(column -> markdownText(column.header()))
                .collect(Collectors.joining(" | ", "| ", " |\n")));
        markdown.append(columns.stream().map(column -> "---").collect(Collectors.joining(" | ", "| ", " |\n")));
        for (DocumentAction action : plan.actions()) {
            markdown.append(columns.stream().map(column -> column.markdown().apply(action))
                    .collect(Collectors.joining(" | ", "| ", " |\n")));
        }
        return markdown.toString();
    }

    /** The form the seeds come in: tab-separated, each cell an HTML fragment on one line. */
    static String textExport(PlanDocument plan, List<Column> columns) {
        StringBuilder text = new StringBuilder(16_384);
        if (plan.title() != null) {
            text.append("Title:\t").append(oneLine(plan.title())).append('\n');
        }
        for (Particular particular : particulars(plan)) {
            text.append(particular.key()).append(":\t").append(oneLine(particular.value())).append('\n');
        }
        text.append('\n').append(columns.stream().map(Column::header).collect(Collectors.joining("\t"))).append('\n');
        for (DocumentAction action : plan.actions()) {
            text.append(columns.stream().map(column -> column.html().apply(action)).collect(Collectors.joining("\t")))
                    .append('\n');
        }
        return text.toString();
    }

    // --- cell contents ------------------------------------------------------------------------

    /** The plan's particulars, under keys the parser reads back. */
    private static List<Particular> particulars(PlanDocument plan) {
        List<Particular> particulars = new ArrayList<>();
        addParticular(particulars, "Force", plan.organisationName());
        addParticular(particulars, "Source", plan.sourceTitle());
        addParticular(particulars, "Version", plan.versionLabel());
        addParticular(particulars, "Executive Lead", plan.executiveLead() == null ? null : plan.executiveLead().displayText());
        addParticular(particulars, "Operational Lead",
                plan.operationalLead() == null ? null : plan.operationalLead().displayText());
        addParticular(particulars, "Governance", plan.governanceBody());
        addParticular(particulars, "Review Date", plan.reviewDate() == null ? null : date(plan.reviewDate()));
        return particulars;
    }

    private static void addParticular(List<Particular> particulars, String key, String value) {
        if (value != null && !value.isBlank()) {
            particulars.add(new Particular(key, value));
        }
    }

    /**
     * The description, unless it merely repeats the evidence requirement or, failing that, the
     * recommendation: the parser falls back on those for an empty action cell.
     */
    private static String ownDescription(DocumentAction action) {
        String fallback = action.evidenceRequirement() != null ? action.evidenceRequirement() : action.recommendationText();
        return action.description().equals(fallback) ? "" : action.description();
    }

    private static String owner(DocumentAction action) {
        return action.ownerText() != null ? action.ownerText()
                : action.owner() != null ? action.owner().displayText() : "";
    }

    private static String status(DocumentAction action) {
        if (action.statusLabel() != null) {
            return action.statusLabel();
        }
        if (action.status() == null) {
            return "";
        }
        String words = action.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Every update under its heading, in the order the plan gives them. */
    private static String updates(DocumentAction action) {
        return action.updates().stream().map(update -> UpdateSplitter.heading(update) + "\n\n" + update.text())
                .collect(Collectors.joining("\n\n"));
    }

    private static String htmlUpdates(DocumentAction action) {
        return action.updates().stream()
                .map(update -> "<p><strong>" + CellText.escapeHtml(UpdateSplitter.heading(update)) + "</strong></p>"
                        + CellText.toHtml(update.text()))
                .collect(Collectors.joining());
    }

    private static String documentLines(DocumentAction action) {
        return action.documents().stream().map(PlanDocumentRenderer::documentLine).collect(Collectors.joining("\n"));
    }

    private static String documentLine(DocumentLink link) {
        if (link.url() == null || link.url().equals(link.title())) {
            return link.url() == null ? link.title() : link.url();
        }
        return link.title() + " (" + link.url() + ")";
    }

    private static String htmlDocuments(DocumentAction action) {
        return action.documents().stream().map(link -> isWebAddress(link)
                        ? "<a href=\"" + CellText.escapeHtml(link.url()) + "\">" + CellText.escapeHtml(link.title()) + "</a>"
                        : CellText.escapeHtml(documentLine(link)))
                .collect(Collectors.joining("<br>"));
    }

    private static String markdownDocuments(DocumentAction action) {
        return action.documents().stream().map(link -> isWebAddress(link) && !link.url().equals(link.title())
                        ? "[" + markdownText(link.title()) + "](" + link.url().replace(")", "%29") + ")"
                        : markdownText(documentLine(link)))
                .collect(Collectors.joining("<br>"));
    }

    private static boolean isWebAddress(DocumentLink link) {
        return link.url() != null && link.url().matches("(?i)https?://\\S+");
    }

    /** Text safe in a Markdown table cell: markup characters escaped, line breaks as "<br>". */
    private static String markdownText(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : CellText.escapeMarkupOnly(text).toCharArray()) {
            if ("\\|*_`[]".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString().replace("\n", "<br>");
    }

    private static String oneLine(String value) {
        return CellText.escapeHtml(value.replaceAll("\\s+", " "));
    }

    private static String date(LocalDate date) {
        return date == null ? "" : UK_DATE.format(date);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

package org.actiontracker.plan.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns cell content (HTML fragments, or plain text with line breaks) into safe plain text that
 * keeps the structure: paragraphs separated by a blank line, list items as "- item" lines. And back.
 * Scripts, styles and attributes never survive: the content is first cleaned against a safelist,
 * then only its text is read; a link keeps its address as text "title (url)".
 */
final class CellText {

    private static final Safelist STRUCTURE = new Safelist()
            .addTags("p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "sup", "sub", "small", "mark",
                    "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                    "code", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Pattern LEADING_BULLET = Pattern.compile("^\\s*[•▪●◦‣➤►■□–*-]\\s+");
    private static final Pattern BULLET_GLYPH = Pattern.compile("\\s*[•▪●◦‣➤►■]\\s*");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\u00a0&&[^\n]]+");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[\\p{L}\\p{N}]");

    private CellText() {
    }

    /** A cell of a text export, CSV or Markdown table: line breaks in it are meant. */
    static String fromCell(String cell) {
        String lines = cell.replace("\r\n", "\n").replace('\r', '\n');
        if (lines.indexOf('<') < 0 && lines.indexOf('&') < 0) {
            // no markup to clean: the same text the HTML reading gives, without parsing
            return normalise(SPACES.matcher(lines).replaceAll(" "));
        }
        return fromHtml(lines.replace("\n", "<br>"));
    }

    /** A CSV cell: plain text, line breaks meant, never markup. */
    static String plain(String cell) {
        return normalise(SPACES.matcher(cell.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" "));
    }

    /**
     * Text from a Word, Excel or PDF document: never markup, so "&lt;" and "&amp;" are kept as
     * written; bullet glyphs opening a line become the "- " of a list item.
     */
    static String fromPlainText(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n');
        StringBuilder items = new StringBuilder();
        for (String line : lines.split("\n", -1)) {
            Matcher bullet = LEADING_BULLET.matcher(line);
            items.append(bullet.find() ? "- " + line.substring(bullet.end()) : line).append('\n');
        }
        return normalise(SPACES.matcher(items).replaceAll(" "));
    }

    /** An HTML fragment, in which line breaks are mere whitespace. */
    static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document cleaned = new Cleaner(STRUCTURE).clean(Jsoup.parseBodyFragment(html));
        TextWriter writer = new TextWriter();
        writer.children(cleaned.body());
        return normalise(writer.toString());
    }

    /** Collapses what the writer leaves: trailing spaces, bare list dashes, runs of blank lines. */
    static String normalise(String text) {
        StringBuilder lines = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.equals("-")) {
                lines.append(trimmed).append('\n');
            }
        }
        return BLANK_LINES.matcher(lines.toString()).replaceAll("\n\n").strip();
    }

    static boolean hasContent(String text) {
        return text != null && ALPHANUMERIC.matcher(text).find();
    }

    /**
     * Structured text as an HTML fragment: paragraphs, line breaks and lists, everything escaped;
     * a single line stays bare text.
     */
    static String toHtml(String text) {
        if (!text.contains("\n") && !text.startsWith("- ")) {
            return escapeHtml(text);
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n");
            if (isList(lines)) {
                html.append("<ul>");
                for (String line : lines) {
                    html.append("<li>").append(escapeHtml(line.substring(2))).append("</li>");
                }
                html.append("</ul>");
            } else {
                html.append("<p>");
                for (int i = 0; i < lines.length; i++) {
                    html.append(i == 0 ? "" : "<br>").append(escapeHtml(lines[i]));
                }
                html.append("</p>");
            }
        }
        return html.toString();
    }

    private static boolean isList(String[] lines) {
        for (String line : lines) {
            if (!line.startsWith("- ") || line.length() < 3) {
                return false;
            }
        }
        return true;
    }

    static String escapeHtml(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Escapes only what {@link #fromCell} would otherwise read as markup (a tag opening or an
     * entity), so that CSV and Markdown cells stay readable for people: "R & D", "a < b" are kept.
     */
    static String escapeMarkupOnly(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '&' && (Character.isLetterOrDigit(next) || next == '#')) {
                escaped.append("&amp;");
            } else if (c == '<' && (Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
                escaped.append("&lt;");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Walks the cleaned tree, writing text with at most one blank line between blocks. */
    private static final class TextWriter {
        private final StringBuilder out = new StringBuilder();
        private int pendingNewlines;
        private boolean pendingSpace;
        private boolean atItemStart;
        private int listDepth;

        void children(Element element) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode textNode) {
                    if (isList(element)) {
                        bulletedText(textNode.getWholeText());
                    } else {
                        text(textNode.getWholeText());
                    }
                } else if (child instanceof Element childElement) {
                    element(childElement);
                }
            }
        }

        private void element(Element element) {
            switch (element.normalName()) {
                case "br" -> pendingNewlines = Math.min(2, pendingNewlines + 1);
                case "ul", "ol" -> {
                    blockBreak();
                    listDepth++;
                    children(element);
                    listDepth--;
                    blockBreak();
                }
                case "li" -> {
                    lineBreak();
                    startItem();
                    children(element);
                    lineBreak();
                }
                case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "caption",
                     "thead", "tbody", "tfoot", "dl", "dt", "dd" -> {
                    blockBreak();
                    children(element);
                    blockBreak();
                }
                case "tr" -> {
                    lineBreak();
                    children(element);
                    lineBreak();
                }
                case "td", "th" -> {
                    pendingSpace = true;
                    children(element);
                    pendingSpace = true;
                }
                case "a" -> {
                    int start = out.length();
                    children(element);
                    String href = element.attr("href");
                    String label = out.substring(start).strip();
                    if (!href.isEmpty() && !href.equals(label)) {
                        text(label.isEmpty() ? href : " (" + href + ")");
                    }
                }
                default -> children(element);
            }
        }

        private static boolean isList(Element element) {
            return element.normalName().equals("ul") || element.normalName().equals("ol");
        }

        /** Text straight inside a list, as some exports write it: "• one • two" becomes two items. */
        private void bulletedText(String text) {
            if (text.isBlank()) {
                return;
            }
            for (String item : BULLET_GLYPH.split(text)) {
                if (!item.isBlank()) {
                    lineBreak();
                    startItem();
                    text(item);
                    lineBreak();
                }
            }
        }

        private void startItem() {
            flushBreaks();
            out.append("- ");
            atItemStart = true;
            pendingSpace = false;
        }

        private void blockBreak() {
            pendingNewlines = Math.max(pendingNewlines, listDepth > 0 ? 1 : 2);
        }

        private void lineBreak() {
            pendingNewlines = Math.max(pendingNewlines, 1);
        }

        private void text(String raw) {
            String text = raw.replace('\u00a0', ' ');
            if (atItemStart) {
                Matcher bullet = LEADING_BULLET.matcher(text);
                if (bullet.find()) {
                    text = text.substring(bullet.end());
                }
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    pendingSpace = true;
                    continue;
                }
                flushBreaks();
                if (pendingSpace && !atLineStart() && !atItemStart) {
                    out.append(' ');
                }
                pendingSpace = false;
                atItemStart = false;
                out.append(c);
            }
        }

        private void flushBreaks() {
            if (pendingNewlines > 0 && !out.isEmpty()) {
                out.append("\n".repeat(pendingNewlines));
                pendingSpace = false;
            }
            pendingNewlines = 0;
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}

package org.actiontracker.plan.service.imports;

import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.support.problem.ApiException;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The names clients give document formats in parameters: html, csv, markdown (md), text (txt). */
public final class DocumentFormats {

    private static final Map<DocumentFormat, List<String>> NAMES = new EnumMap<>(Map.of(
            DocumentFormat.HTML, List.of("html", "htm"),
            DocumentFormat.CSV, List.of("csv"),
            DocumentFormat.MARKDOWN, List.of("markdown", "md"),
            DocumentFormat.TEXT_EXPORT, List.of("text", "txt", "text_export")));

    private DocumentFormats() {
    }

    /** @return null when no value is given */
    public static DocumentFormat parse(String parameter, String value, List<DocumentFormat> accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return accepted.stream().filter(format -> NAMES.get(format).contains(name)).findFirst()
                .orElseThrow(() -> ApiException.invalid(parameter, "'" + value + "' is not one of "
                        + accepted.stream().map(DocumentFormats::name).collect(Collectors.joining(", "))));
    }

    public static String name(DocumentFormat format) {
        return NAMES.get(format).get(0);
    }
}

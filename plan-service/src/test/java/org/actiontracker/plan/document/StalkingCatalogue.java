package org.actiontracker.plan.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The recommendations of the stalking report, read from the Flyway migration that loads them. */
final class StalkingCatalogue {

    static final String MIGRATION = "db/migration/V2__stalking_report_catalogue.sql";

    /** One recommendation row of the migration, as its SQL text gives it. */
    record Row(String id, String number, int position, String text, String addressees, String deadline,
               List<String> subPointRefs, List<String> subPointTexts) {
    }

    private static final Pattern ROW = Pattern.compile(
            "\\('(?<id>[0-9a-f-]{36})', '[0-9a-f-]{36}', '(?<number>\\d+)', (?<position>\\d+),\\s*"
                    + "\\$\\$(?<text>.*?)\\$\\$,\\s*\\$\\$(?<addressees>.*?)\\$\\$, (?<deadline>null|date '[\\d-]+'),\\s*"
                    + "\\$\\$(?<subPoints>.*?)\\$\\$,", Pattern.DOTALL);
    private static final Pattern SUB_POINT = Pattern.compile(
            "\\{\"ref\": \"(?<ref>[^\"]+)\", \"text\": (?:null|\"(?<text>(?:\\\\.|[^\"\\\\])*)\")}");

    private StalkingCatalogue() {
    }

    static String sql() {
        try (InputStream in = StalkingCatalogue.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(MIGRATION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(sql());
        while (row.find()) {
            List<String> refs = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            Matcher subPoint = SUB_POINT.matcher(row.group("subPoints"));
            while (subPoint.find()) {
                refs.add(subPoint.group("ref"));
                if (subPoint.group("text") != null) {
                    texts.add(subPoint.group("text"));
                }
            }
            rows.add(new Row(row.group("id"), row.group("number"), Integer.parseInt(row.group("position")),
                    row.group("text"), row.group("addressees"), row.group("deadline"), refs, texts));
        }
        return rows;
    }

    static RecommendationCatalogue catalogue() {
        return new RecommendationCatalogue(rows().stream()
                .map(row -> new RecommendationCatalogue.CatalogueEntry(row.number(), row.text(), row.subPointTexts()))
                .toList());
    }
}

package org.actiontracker.plan.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people as plans name them: "ACC 7231 Alastair Simpson (Crime and Safeguarding)",
 * "D/Supt Reme Humphris", "Det Supt Raj Patel, Public Protection",
 * "Jane Smith (Head of Safeguarding) &lt;jane.smith@police.uk&gt;".
 * Bodies ("Chief Constables", "Home Office", "OPCC") are not people.
 */
final class PersonParser {

    /** Police ranks and titles that open a named role, longest forms first. */
    static final String RANK = "(?:Det(?:ective)?\\.?\\s+Ch(?:ief)?\\.?\\s+Supt|Det(?:ective)?\\.?\\s+Supt|[DTA]/Supt|DSupt"
            + "|Ch(?:ief)?\\.?\\s+Supt|Supt|Detective\\s+(?:Chief\\s+)?(?:Superintendent|Inspector|Sergeant|Constable)"
            + "|Chief\\s+Superintendent|Superintendent|Chief\\s+Inspector|Inspector|Deputy\\s+Chief\\s+Constable"
            + "|Assistant\\s+Chief\\s+Constable|Chief\\s+Constable|[TA]/ACC|ACC|DCC|DCS|DCI|D/Insp|DI|DS|DC|PC|PS|Sgt"
            + "|Insp|Mr|Mrs|Ms|Miss|Dr)(?![\\w/])";

    private static final String NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+){1,3}";
    private static final Pattern EMAIL = Pattern.compile("<?([\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+)>?");
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("^(" + NAME + ")\\s*\\((.+)\\)$");
    private static final Pattern RANK_THEN_NAME = Pattern.compile(
            "^(" + RANK + ")(\\s+\\d+)?\\s+(" + NAME + ")(\\s*\\(.+\\)|\\s*,\\s*.+)?$");
    private static final Pattern STARTS_WITH_RANK = Pattern.compile("^" + RANK);
    private static final Pattern BODY_WORD = Pattern.compile(
            "\\b(?:Office|Police|Constables|Board|Team|Unit|Department|Council|Service|Services|Trust"
                    + "|Commissioner|College|Ministry|Agency|Group|Command|Partnership)\\b");

    private PersonParser() {
    }

    /** The person the text names, or null when it names a body or nobody recognisably. */
    static Person parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String email = null;
        String rest = text.strip();
        Matcher emailMatcher = EMAIL.matcher(rest);
        if (emailMatcher.find()) {
            email = emailMatcher.group(1);
            rest = (rest.substring(0, emailMatcher.start()) + rest.substring(emailMatcher.end())).strip();
        }
        Matcher nameThenRole = NAME_THEN_ROLE.matcher(rest);
        if (nameThenRole.matches() && !STARTS_WITH_RANK.matcher(rest).find()
                && !BODY_WORD.matcher(nameThenRole.group(1)).find()) {
            return new Person(nameThenRole.group(1), nameThenRole.group(2).strip(), email);
        }
        Matcher rankThenName = RANK_THEN_NAME.matcher(rest);
        if (rankThenName.matches() && !BODY_WORD.matcher(rankThenName.group(3)).find()) {
            String qualifier = rankThenName.group(4) == null ? "" : rankThenName.group(4).strip();
            String role = rankThenName.group(1)
                    + (rankThenName.group(2) == null ? "" : rankThenName.group(2))
                    + (qualifier.isEmpty() ? "" : qualifier.startsWith(",") ? qualifier : " " + qualifier);
            return new Person(rankThenName.group(3), role, email);
        }
        if (email != null) {
            return new Person(rest.isEmpty() ? null : rest, null, email);
        }
        return null;
    }

    /** A lead named in a plan's header: a person when recognisable, else the text as the name. */
    static Person parseLead(String text) {
        Person person = parse(text);
        return person != null ? person : new Person(text.strip(), null, null);
    }
}

package org.actiontracker.plan.service.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Organisation names as plans write them: "Northamptonshire" and "Northamptonshire Police" are the
 * same force.
 */
final class OrganisationNames {

    private static final Pattern FORCE_SUFFIX = Pattern.compile("(?i)\\s+(?:police(?:\\s+service)?|constabulary)$");
    private static final int MAX_CODE_LENGTH = 32;

    private OrganisationNames() {
    }

    /** Lower-case forms under which the organisation may already be registered. */
    static List<String> variants(String name) {
        String bare = bare(name);
        return Stream.of(name.strip(), bare, bare + " police", bare + " constabulary", bare + " police service")
                .map(variant -> variant.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /**
     * The name an organisation is created under: a police plan naming its force by place alone
     * ("Northamptonshire") gets the force's full name ("Northamptonshire Police"), as the other forces write theirs.
     */
    static String canonical(String name, String title) {
        String stripped = name.strip();
        boolean policePlan = title != null && title.toLowerCase(Locale.ROOT).contains("police");
        return policePlan && !FORCE_SUFFIX.matcher(stripped).find() ? stripped + " Police" : stripped;
    }

    static boolean same(String name, String other) {
        return variants(name).contains(other.strip().toLowerCase(Locale.ROOT));
    }

    /** "Humberside Police" gives HUMBERSIDE. */
    static String code(String name) {
        String code = bare(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
        code = code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH).replaceAll("-$", "") : code;
        return code.isEmpty() ? "ORGANISATION" : code;
    }

    private static String bare(String name) {
        String bare = FORCE_SUFFIX.matcher(name.strip()).replaceAll("");
        return bare.isEmpty() ? name.strip() : bare;
    }
}

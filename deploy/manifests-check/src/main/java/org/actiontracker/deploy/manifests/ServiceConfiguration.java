package org.actiontracker.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads from its environment in production, derived from its sources so that a new variable fails
 * the manifest checks until a ConfigMap or Secret sets it: the {@code ${VARIABLE}} references of application.properties
 * (keys without a profile or with {@code %prod}), and the properties and {@code @ConfigMapping} prefixes that may also
 * be set by environment variable (MicroProfile Config's upper-case, underscore form).
 */
public record ServiceConfiguration(String service, Set<String> environmentVariables, Set<String> propertyKeys,
                                   Set<String> mappingPrefixes) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern MAPPING_PREFIX = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");

    public static ServiceConfiguration of(Path repositoryRoot, String service) {
        Path module = repositoryRoot.resolve(service);
        Set<String> variables = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        for (String line : lines(module.resolve("src/main/resources/application.properties"))) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.isEmpty() || trimmed.startsWith("#") || equals < 0) {
                continue;
            }
            String key = trimmed.substring(0, equals).strip();
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            keys.add(key.replaceFirst("^%prod\\.", ""));
            Matcher matcher = VARIABLE.matcher(trimmed.substring(equals + 1));
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        }
        return new ServiceConfiguration(service, variables, keys, mappingPrefixes(module.resolve("src/main/java")));
    }

    /**
     * Whether setting this environment variable configures the service: one it references, or the environment form
     * of one of its properties or of a key under one of its {@code @ConfigMapping} prefixes.
     */
    public boolean reads(String environmentVariable) {
        return environmentVariables.contains(environmentVariable)
                || propertyKeys.stream().map(ServiceConfiguration::environmentForm).anyMatch(environmentVariable::equals)
                || mappingPrefixes.stream().map(prefix -> environmentForm(prefix) + "_")
                .anyMatch(environmentVariable::startsWith);
    }

    /** MicroProfile Config's rule: every character that is not a letter or digit becomes _, then upper case. */
    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static Set<String> mappingPrefixes(Path sources) {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = MAPPING_PREFIX.matcher(String.join("\n", lines(file)));
                while (matcher.find()) {
                    prefixes.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return prefixes;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}

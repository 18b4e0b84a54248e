package org.actiontracker.notification.support;

import static io.restassured.RestAssured.given;

/** Reads the service's Prometheus counters. */
public final class Metrics {

    private Metrics() {
    }

    public static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    public static double eventsConsumed(String type, String outcome) {
        return value("notification_events_consumed_total", "outcome=\"" + outcome + "\"", "type=\"" + type + "\"");
    }

    /** The sample of the metric whose labels include every given label; 0 when there is none yet. */
    public static double value(String metric, String... labels) {
        for (String exposed : scrape().split("\n")) {
            // An OpenTelemetry exemplar may follow the sample: "... 4.0 # {trace_id=...} 1.0 1764..."
            String line = exposed.split(" # ", 2)[0];
            boolean labelled = line.startsWith(metric + "{");
            if (!labelled && !line.startsWith(metric + " ")) {
                continue;
            }
            String labelPart = labelled ? line.substring(line.indexOf('{'), line.lastIndexOf('}') + 1) : "";
            boolean matches = true;
            for (String label : labels) {
                matches &= labelPart.contains(label);
            }
            if (matches) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }
}

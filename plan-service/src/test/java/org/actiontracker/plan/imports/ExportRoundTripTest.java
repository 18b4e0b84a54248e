package org.actiontracker.plan.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.actiontracker.plan.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.actiontracker.plan.imports.Imports.admin;
import static org.actiontracker.plan.imports.PlanRows.withoutIdentity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A plan published back with GET /plans/{id}/export and imported again is the same plan. */
@QuarkusTest
class ExportRoundTripTest {

    /**
     * Every format with the two richest seeds (sub-points, leads, undated entries before and between
     * dated ones); each other seed (no statuses; percentages; renumbered rows) in one format.
     */
    static Stream<Arguments> seedsInEachFormat() {
        return Stream.concat(Stream.of(SeedPlan.NORTHUMBRIA, SeedPlan.HUMBERSIDE).flatMap(seed ->
                        Stream.of("html", "csv", "markdown").map(format -> Arguments.of(seed, format))),
                Stream.of(Arguments.of(SeedPlan.CLEVELAND, "html"), Arguments.of(SeedPlan.NORTHAMPTONSHIRE, "csv"),
                        Arguments.of(SeedPlan.LEICESTERSHIRE, "markdown")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsInEachFormat")
    void exportedPlanImportsBackIntoTheSamePlanWithNothingLost(SeedPlan seed, String format) {
        Imports.Imported original = Imports.seed(seed);
        String document = Imports.export(original.plan(), format);

        send(document, format, original.organisation()).then().statusCode(200)
                .body("format", equalTo(format))
                .body("plan.outcome", equalTo("UNCHANGED"))
                .body("counts.actions", equalTo(seed.actions))
                .body("counts.newActions", equalTo(0))
                .body("counts.changedActions", equalTo(0))
                .body("counts.newUpdates", equalTo(0));

        UUID copy = UUID.fromString(send(document, format, Api.createOrganisation()).then().statusCode(201)
                .extract().path("planId"));
        assertThat(withoutIdentity(PlanRows.actionsOf(copy)))
                .isEqualTo(withoutIdentity(PlanRows.actionsOf(original.plan())));
        assertThat(withoutIdentity(PlanRows.updatesOf(copy)))
                .isEqualTo(withoutIdentity(PlanRows.updatesOf(original.plan())));
        assertThat(particulars(copy)).isEqualTo(particulars(original.plan()));
    }

    /** As clients send each form: HTML and CSV as the body with their Content-Type, Markdown in JSON. */
    private static Response send(String document, String format, UUID organisation) {
        return switch (format) {
            case "html" -> admin().contentType("text/html; charset=UTF-8").body(document)
                    .queryParam("organisationId", organisation).post("/api/v1/imports");
            case "csv" -> admin().contentType("text/csv; charset=UTF-8").body(document)
                    .queryParam("organisationId", organisation).post("/api/v1/imports");
            default -> admin().contentType("application/json").body(Map.of("content", document, "format", format))
                    .queryParam("organisationId", organisation).post("/api/v1/imports");
        };
    }

    private static Map<String, Object> particulars(UUID plan) {
        Map<String, Object> fields = new HashMap<>(Api.admin().get("/api/v1/plans/{id}", plan)
                .then().statusCode(200).extract().jsonPath().getMap(""));
        fields.keySet().retainAll(Set.of("title", "executiveLead", "operationalLead", "governanceBody",
                "reviewDate", "versionLabel", "state"));
        return fields;
    }
}

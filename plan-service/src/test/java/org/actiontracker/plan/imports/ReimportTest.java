package org.actiontracker.plan.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.plan.Api;
import org.actiontracker.plan.document.DocumentAction;
import org.actiontracker.plan.document.DocumentFormat;
import org.actiontracker.plan.document.PlanDocument;
import org.actiontracker.plan.document.PlanDocumentParser;
import org.actiontracker.plan.document.PlanDocumentRenderer;
import org.actiontracker.plan.domain.ActionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.actiontracker.plan.imports.Imports.admin;
import static org.actiontracker.plan.imports.Imports.auditedEvents;
import static org.actiontracker.plan.imports.Imports.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/** Importing a plan again adds only what is new. */
@QuarkusTest
class ReimportTest {

    private static final String NEWER_ROUND = "March 2026 Update";

    @ParameterizedTest
    @EnumSource(value = SeedPlan.class, names = {"HUMBERSIDE", "NORTHUMBRIA"})
    void importingTheSameDocumentAgainChangesNothingAndEmitsNoEvent(SeedPlan seed) {
        Imports.Imported imported = Imports.seed(seed);
        List<Map<String, Object>> actions = PlanRows.actionsOf(imported.plan());
        List<Map<String, Object>> updates = PlanRows.updatesOf(imported.plan());
        long events = auditedEvents(imported.organisation());

        JsonPath again = post(admin(), seed.read(), imported.organisation(), false).then().statusCode(200)
                .body("planId", equalTo(imported.plan().toString()))
                .body("plan.outcome", equalTo("UNCHANGED"))
                .body("actions.outcome", everyItem(equalTo("UNCHANGED")))
                .body("actions.updates.flatten().outcome", everyItem(equalTo("UNCHANGED")))
                .body("counts.newActions", equalTo(0))
                .body("counts.changedActions", equalTo(0))
                .body("counts.newUpdates", equalTo(0))
                .extract().jsonPath();

        assertThat(again.getList("actions.id")).isEqualTo(imported.result().getList("actions.id"));
        assertThat(PlanRows.actionsOf(imported.plan())).isEqualTo(actions);
        assertThat(PlanRows.updatesOf(imported.plan())).isEqualTo(updates);
        assertThat(auditedEvents(imported.organisation())).as("events").isEqualTo(events);
    }

    @Test
    void newerVersionAddsOnlyItsNewUpdatesAndAChangedStatusUpdatesTheAction() {
        PlanDocument newer = new PlanDocumentParser().parse(SeedPlan.NORTHUMBRIA.read(), DocumentFormat.TEXT_EXPORT);
        DocumentAction first = newer.actions().get(0);
        List<DocumentAction> olderActions = newer.actions().stream().map(action -> new DocumentAction(
                action.recommendationNumber(), action.subPointRef(), action.recommendationText(),
                action.evidenceRequirement(), action.description(), action.ownerText(), action.owner(),
                action == first ? "In progress" : null, action == first ? ActionStatus.IN_PROGRESS : null, null, null,
                action.targetDate(), action.documents(), action.updates().stream()
                .filter(update -> !NEWER_ROUND.equals(update.period())).toList())).toList();
        int newerUpdates = newer.actions().stream().mapToInt(action -> action.updates().size()).sum()
                - olderActions.stream().mapToInt(action -> action.updates().size()).sum();
        UUID organisation = Api.createOrganisation();
        UUID plan = Imports.importInto(organisation, render(newer, "March 2025 Update", olderActions));
        int updatesBefore = PlanRows.updatesOf(plan).size();
        long eventsBefore = auditedEvents(organisation);

        JsonPath result = post(admin(), SeedPlan.NORTHUMBRIA.read(), organisation, false).then().statusCode(200)
                .body("planId", equalTo(plan.toString()))
                .body("plan.outcome", equalTo("CHANGED"))
                .body("plan.changes", contains("versionLabel"))
                .body("counts.newActions", equalTo(0))
                .body("counts.changedActions", equalTo(0))
                .body("counts.newUpdates", equalTo(newerUpdates))
                .body("actions[0].status", equalTo("IN_PROGRESS"))
                .extract().jsonPath();

        assertThat(newerUpdates).isPositive();
        assertThat(result.getList("actions.updates.flatten().findAll { it.outcome == 'NEW' }.period"))
                .containsOnly(NEWER_ROUND).hasSize(newerUpdates);
        assertThat(PlanRows.updatesOf(plan)).hasSize(updatesBefore + newerUpdates);
        Api.admin().get("/api/v1/plans/{id}", plan).then().statusCode(200).body("versionLabel", equalTo(NEWER_ROUND));
        // plan.updated; per new update update.recorded and action.updated
        assertThat(auditedEvents(organisation) - eventsBefore).isEqualTo(1 + 2L * newerUpdates);

        List<DocumentAction> completed = newer.actions().stream().map(action -> action != first ? action
                : new DocumentAction(action.recommendationNumber(), action.subPointRef(), action.recommendationText(),
                action.evidenceRequirement(), action.description(), action.ownerText(), action.owner(), "Complete",
                ActionStatus.COMPLETE, null, null, action.targetDate(), action.documents(), action.updates())).toList();
        post(admin(), render(newer, NEWER_ROUND, completed), organisation, false).then().statusCode(200)
                .body("plan.outcome", equalTo("UNCHANGED"))
                .body("counts.changedActions", equalTo(1))
                .body("counts.newUpdates", equalTo(0))
                .body("actions[0].outcome", equalTo("CHANGED"))
                .body("actions[0].changes", contains("status", "statusLabel"))
                .body("actions[0].status", equalTo("COMPLETE"));
        assertThat(PlanRows.actionsOf(plan).get(0)).containsEntry("status", "COMPLETE")
                .containsEntry("status_label", "Complete");
        // action.updated and action.status_changed
        assertThat(auditedEvents(organisation) - eventsBefore).isEqualTo(1 + 2L * newerUpdates + 2);
    }

    private static String render(PlanDocument plan, String versionLabel, List<DocumentAction> actions) {
        return new PlanDocumentRenderer().render(new PlanDocument(plan.organisationName(), plan.title(),
                plan.sourceTitle(), versionLabel, plan.executiveLead(), plan.operationalLead(), plan.governanceBody(),
                plan.reviewDate(), actions, List.of(), Set.of()), DocumentFormat.TEXT_EXPORT);
    }
}

package org.actiontracker.plan.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.actiontracker.plan.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.actiontracker.plan.Api.editor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay is woken in-process when a write is accepted, not by PostgreSQL: a NOTIFY in the writing transaction
 * would make all writes commit one at a time. Refused writes and reads do not wake it.
 */
@QuarkusTest
class RelayWakeTest {

    private static final Pattern WAKEUPS = Pattern.compile("(?m)^outbox_relay_wakeups_total(?:\\{[^}]*})? (\\S+)$");

    @Test
    void anAcceptedWriteWakesTheRelayAndARefusedWriteOrAReadDoesNot() {
        UUID organisation = Api.createOrganisation();
        UUID plan = Api.createPlan(organisation, Api.createSource(), "DRAFT");
        UUID action = Api.createAction(organisation, plan, "7", null);

        double before = wakeups();
        editor(organisation).body(Map.of("text", "Accepted")).post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(201);
        double afterAccepted = wakeups();
        assertThat(afterAccepted).isEqualTo(before + 1);

        editor(organisation).body(Map.of("newPercentComplete", 250)).post("/api/v1/actions/{id}/updates", action)
                .then().statusCode(400);
        editor(organisation).get("/api/v1/actions/{id}", action).then().statusCode(200);
        assertThat(wakeups()).isEqualTo(afterAccepted);
    }

    @Test
    void noTriggerNotifiesFromTheWritingTransaction() {
        assertThat(PlanDatabase.count("select count(*) from pg_trigger where tgrelid = 'outbox_event'::regclass"
                + " and not tgisinternal")).isZero();
    }

    private static double wakeups() {
        Matcher matcher = WAKEUPS.matcher(RestAssured.get("/q/metrics").then().statusCode(200).extract().asString());
        assertThat(matcher.find()).as("outbox_relay_wakeups_total in /q/metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}

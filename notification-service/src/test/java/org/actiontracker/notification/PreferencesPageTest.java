package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.actiontracker.notification.security.RecipientLinkTokens;
import org.actiontracker.notification.security.RecipientLinkTokens.Purpose;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.actiontracker.notification.support.Tokens;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The preferences page a digest links to: opened by the signed link alone, no sign-in. */
@QuarkusTest
class PreferencesPageTest extends NotificationTestBase {

    private static final LocalDate TARGET = LocalDate.of(2036, 5, 20);

    @Inject
    RecipientLinkTokens tokens;

    @Test
    void theDigestsLinkOpensAPageShowingTheRecipientsCurrentSettings() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), TARGET).publish();
        given().auth().oauth2(Tokens.recipient(action.ownerEmail)).contentType("application/json")
                .body(Map.of("leadDays", new int[] {3, 21}, "digestFrequency", "DAILY", "muted", false))
                .when().put("/api/v1/preferences/{email}", action.ownerEmail)
                .then().statusCode(200);
        Api.scan(TARGET.minusDays(21), plan.organisationId);
        URI link = URI.create(Jsoup.parse(Mailbox.awaitOne(action.ownerEmail).html())
                .selectFirst("a:contains(Manage your e-mail preferences)").attr("href"));

        // The link names the configured public address; the test instance listens elsewhere.
        Document page = Jsoup.parse(given().when().get(link.getRawPath() + "?" + link.getRawQuery())
                .then().statusCode(200).contentType("text/html").header("Referrer-Policy", "no-referrer")
                .extract().asString());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Your e-mail preferences");
        assertThat(page.selectFirst("main").text()).contains(action.ownerEmail);
        assertThat(page.selectFirst("input[name=digestFrequency][checked]").val()).isEqualTo("DAILY");
        assertThat(page.selectFirst("#leadDays").val()).isEqualTo("21, 3");
        assertThat(page.selectFirst("#muted").hasAttr("checked")).isFalse();
        assertThat(page.selectFirst("form input[type=hidden][name=token]").val())
                .isEqualTo(link.getQuery().substring("token=".length()));
        assertThat(page.select("input:not([type=hidden])")).allSatisfy(input ->
                assertThat(page.select("label[for=" + input.id() + "]")).hasSize(1));
    }

    @Test
    void savingTheFormChangesTheSettingsAndConfirmsIt() {
        String email = new ActionPlanFixture().email("owner");
        String token = tokens.tokenFor(Purpose.PREFERENCES, email);

        Document page = Jsoup.parse(postForm(Map.of("token", token, "digestFrequency", "WEEKLY", "leadDays", "14,2"))
                .statusCode(200).extract().asString());

        assertThat(page.selectFirst(".govuk-notification-banner--success").text())
                .contains("Your preferences are saved");
        assertThat(page.selectFirst("input[name=digestFrequency][checked]").val()).isEqualTo("WEEKLY");
        assertThat(page.selectFirst("#leadDays").val()).isEqualTo("14, 2");
        preferencesThroughTheApi(email)
                .body("digestFrequency", equalTo("WEEKLY"))
                .body("leadDays", contains(14, 2))
                .body("muted", equalTo(false));

        postForm(Map.of("token", token, "digestFrequency", "WEEKLY", "leadDays", "", "muted", "true"))
                .statusCode(200);
        preferencesThroughTheApi(email)
                .body("defaultLeadDays", equalTo(true))
                .body("muted", equalTo(true));
    }

    @Test
    void aBadValueIsShownNextToItsFieldAndNothingIsSaved() {
        String email = new ActionPlanFixture().email("owner");
        String token = tokens.tokenFor(Purpose.PREFERENCES, email);

        Document outOfRange = Jsoup.parse(postForm(Map.of("token", token, "digestFrequency", "WEEKLY",
                "leadDays", "7, 400")).statusCode(400).contentType("text/html").extract().asString());
        assertThat(outOfRange.title()).startsWith("Error: ");
        assertThat(errorNextTo(outOfRange, "leadDays")).isEqualTo("Error: Each number of days must be from 0 to 365");
        assertThat(outOfRange.selectFirst("#leadDays").val()).isEqualTo("7, 400");
        assertThat(outOfRange.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#leadDays");

        Document unreadable = Jsoup.parse(postForm(Map.of("token", token, "digestFrequency", "HOURLY",
                "leadDays", "7, soon")).statusCode(400).extract().asString());
        assertThat(errorNextTo(unreadable, "leadDays")).contains("whole numbers of days separated by commas");
        assertThat(unreadable.selectFirst("#digestFrequency").closest(".govuk-form-group--error")
                .selectFirst(".govuk-error-message").text()).isEqualTo("Error: Select how often you want to get digests");
        assertThat(unreadable.select(".govuk-error-summary a").eachAttr("href"))
                .containsExactly("#digestFrequency", "#leadDays");

        preferencesThroughTheApi(email)
                .body("digestFrequency", equalTo("DAILY"))
                .body("defaultLeadDays", equalTo(true));
    }

    @Test
    void aForgedIncompleteOrUnsubscribeTokenGetsANotFoundPageAndChangesNothing() {
        String email = new ActionPlanFixture().email("victim");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(email.getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmVkIGJ5IG5vYm9keQ";
        String unsubscribeToken = tokens.tokenFor(Purpose.UNSUBSCRIBE, email);

        for (String token : List.of(forged, unsubscribeToken, "garbage", "")) {
            Document page = Jsoup.parse(given().queryParam("token", token).when().get("/preferences")
                    .then().statusCode(404).contentType("text/html").extract().asString());
            assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
            assertThat(page.select("form")).isEmpty();
        }
        postForm(Map.of("token", forged, "digestFrequency", "WEEKLY", "leadDays", "", "muted", "true"))
                .statusCode(404);
        preferencesThroughTheApi(email).body("muted", equalTo(false)).body("digestFrequency", equalTo("DAILY"));
    }

    private static ValidatableResponse postForm(Map<String, String> fields) {
        return given().contentType("application/x-www-form-urlencoded").formParams(fields)
                .when().post("/preferences")
                .then();
    }

    private static ValidatableResponse preferencesThroughTheApi(String email) {
        return given().auth().oauth2(Tokens.admin())
                .when().get("/api/v1/preferences/{email}", email)
                .then().statusCode(200);
    }

    /** The error message in the form group of the field, which the input names in aria-describedby. */
    private static String errorNextTo(Document page, String field) {
        Element input = page.getElementById(field);
        Element message = input.closest(".govuk-form-group--error").selectFirst(".govuk-error-message");
        assertThat(input.attr("aria-describedby")).contains(message.id());
        return message.text();
    }
}

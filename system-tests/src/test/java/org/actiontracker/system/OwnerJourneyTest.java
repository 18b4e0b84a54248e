package org.actiontracker.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** An action owner, signed in through Keycloak, follows their digest e-mail and reports progress. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnerJourneyTest {

    private static SystemUnderTest system;
    private static WebDriver browser;

    @BeforeAll
    static void signInAsOwner() {
        system = SystemUnderTest.get();
        browser = Browsers.first();
        Browsers.signIn(browser, system.planService.url(), "owner", "owner-demo");
    }

    @Test
    @Order(1)
    void theDigestLinkOpensTheActionPageWhereAStatusChangePostedShowsInTheHistory() {
        Document digest = DigestMail.awaitDigestFor(system, DemoData.OWNER_EMAIL);
        Element link = digest.selectFirst("a[href$=/actions/" + system.demo.overdueActionId + "]");
        assertThat(link).as("digest links to the overdue action's page").isNotNull();

        browser.get(link.attr("href"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Change the crime recording system so secondary stalking crimes are searchable");
        Browsers.screenshot(browser, "owner-action-page");

        browser.findElement(By.id("text")).sendKeys("Supplier release deployed to every station");
        browser.findElement(By.id("period")).sendKeys("June 2026 Update");
        new Select(browser.findElement(By.id("newStatus"))).selectByValue("IN_PROGRESS");
        browser.findElement(By.id("newStatusLabel")).sendKeys("Back on track");
        browser.findElement(By.id("post-update-button")).click();

        assertThat(Browsers.awaitElement(browser, By.className("govuk-notification-banner__heading")).getText())
                .isEqualTo("Your update has been posted");
        assertThat(browser.findElement(By.id("action-status")).getText()).isEqualTo("Back on track");
        String history = browser.findElement(By.className("history")).getText();
        assertThat(history).contains("June 2026 Update", "Supplier release deployed to every station",
                "status to In progress", "Jo Bloggs");
    }

    @Test
    @Order(2)
    void aPercentTheServerRefusesShowsItsMessageNextToTheField() {
        browser.get(system.planService.url() + "/actions/" + system.demo.dueSoonActionId);
        browser.findElement(By.id("text")).sendKeys("Audit done");
        browser.findElement(By.id("newPercentComplete")).sendKeys("140");
        browser.findElement(By.id("post-update-button")).click();

        assertThat(Browsers.awaitElement(browser, By.id("newPercentComplete-error")).getText().replaceAll("\\s+", " "))
                .isEqualTo("Error: must be less than or equal to 100");
        assertThat(browser.findElement(By.className("govuk-error-summary__list")).getText())
                .contains("must be less than or equal to 100");
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo("Audit done");
    }

    @Test
    @Order(3)
    void anEditOfAnActionSomeoneChangedMeanwhileShowsTheConflictAndKeepsTheirChange() {
        browser.get(system.planService.url() + "/actions/" + system.demo.greenActionId);
        JsonNode current = system.demo.get("/api/v1/actions/" + system.demo.greenActionId);
        int status = system.demo.patch("/api/v1/actions/" + system.demo.greenActionId,
                current.get("version").asLong(), "{\"description\":\"Screening tool in use in every district\"}");
        assertThat(status).isEqualTo(200);

        browser.findElement(By.id("description")).clear();
        browser.findElement(By.id("description")).sendKeys("My older wording");
        browser.findElement(By.id("edit-action-button")).click();

        assertThat(Browsers.awaitElement(browser, By.className("conflict-message")).getText())
                .contains("Someone else changed this action", "Your change was not saved");
        assertThat(browser.findElement(By.id("conflict")).getText())
                .contains("Screening tool in use in every district");
        assertThat(system.demo.get("/api/v1/actions/" + system.demo.greenActionId).get("description").asText())
                .isEqualTo("Screening tool in use in every district");
    }
}

package org.actiontracker.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The national coordinator watches the matrix while an owner reports elsewhere: the cell changes by itself. */
class LiveMatrixTest {

    private static SystemUnderTest system;
    private static WebDriver owner;
    private static WebDriver coordinator;

    @BeforeAll
    static void signIn() {
        system = SystemUnderTest.get();
        owner = Browsers.first();
        Browsers.signIn(owner, system.planService.url(), "owner", "owner-demo");
        coordinator = Browsers.second();
        Browsers.signIn(coordinator, system.planService.url(), "national", "national-demo");
    }

    @Test
    void aSecondBrowserOnTheMatrixSeesTheCellTurnGreenWithinTwoSecondsWithoutReloading() {
        String cell = "cell-" + system.demo.dueSoonActionId;
        coordinator.get(system.planService.url() + "/matrix");
        new WebDriverWait(coordinator, Duration.ofSeconds(10)).until(browser -> "connected".equals(
                browser.findElement(By.cssSelector("[data-live-url]")).getAttribute("data-live")));
        assertThat(coordinator.findElement(By.id(cell)).getAttribute("data-rag")).isEqualTo("amber");
        Browsers.script(coordinator, "document.body.setAttribute('data-loaded-once', 'yes')");
        Browsers.screenshot(coordinator, "national-matrix");

        owner.get(system.planService.url() + "/actions/" + system.demo.dueSoonActionId);
        owner.findElement(By.id("text")).sendKeys("Victims' code audit back to full compliance");
        new Select(owner.findElement(By.id("newRag"))).selectByValue("GREEN");
        owner.findElement(By.id("post-update-button")).click();
        assertThat(Browsers.awaitElement(owner, By.className("govuk-notification-banner__heading")).getText())
                .isEqualTo("Your update has been posted");

        new WebDriverWait(coordinator, Duration.ofSeconds(2), Duration.ofMillis(50)).until(browser ->
                "green".equals(browser.findElement(By.id(cell)).getAttribute("data-rag")));
        assertThat(coordinator.findElement(By.tagName("body")).getAttribute("data-loaded-once"))
                .as("the page was not reloaded").isEqualTo("yes");
    }
}

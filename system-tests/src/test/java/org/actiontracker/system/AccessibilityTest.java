package org.actiontracker.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core on every page, signed in as the owner: no serious or critical WCAG 2.2 A/AA violation. */
class AccessibilityTest {

    private static SystemUnderTest system;
    private static WebDriver browser;

    @BeforeAll
    static void signIn() {
        system = SystemUnderTest.get();
        browser = Browsers.first();
        Browsers.signIn(browser, system.planService.url(), "owner", "owner-demo");
    }

    static List<String> pages() {
        SystemUnderTest system = SystemUnderTest.get();
        return List.of("/", "/plans/" + system.demo.planId, "/matrix", "/matrix?rag=RED&overdue=true",
                "/recommendations/7", "/my-actions", "/actions/" + system.demo.overdueActionId,
                "/actions/" + system.demo.draftPlanId);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void aPageHasNoSeriousOrCriticalAccessibilityViolation(String path) {
        browser.get(system.planService.url() + path);

        assertThat(Axe.seriousViolations(browser)).as(path).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theUpdateFormShowingAnErrorHasNoSeriousOrCriticalAccessibilityViolation() {
        browser.get(system.planService.url() + "/actions/" + system.demo.overdueActionId);
        browser.findElement(By.id("post-update-button")).click();

        assertThat(Browsers.awaitElement(browser, By.id("text-error")).getText()).startsWith("Error:");
        assertThat(Axe.seriousViolations(browser)).isEmpty();
    }
}

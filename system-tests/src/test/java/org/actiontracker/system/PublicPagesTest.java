package org.actiontracker.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What anyone can read without signing in: published plans only, and no one's e-mail address. */
class PublicPagesTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
    }

    static List<String> publicPages() {
        SystemUnderTest system = SystemUnderTest.get();
        return List.of("/", "/plans/" + system.demo.planId, "/matrix", "/matrix.csv", "/recommendations/7",
                "/recommendations/14", "/actions/" + system.demo.overdueActionId);
    }

    @ParameterizedTest
    @MethodSource("publicPages")
    void aPublicPageShowsNoEmailAddressAndNoDraft(String path) {
        HttpResponse<String> page = DemoData.send(HttpRequest.newBuilder(URI.create(system.planService.url() + path))
                .GET().build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(EMAIL.matcher(page.body()).find()).as("an e-mail address on " + path).isFalse();
        assertThat(page.body()).doesNotContain(DemoData.DRAFT_TITLE, "Otherton Police",
                system.demo.draftPlanId.toString());
    }

    @Test
    void afterSigningOutThePublicPlanInTheBrowserShowsNoEmailAddress() {
        WebDriver browser = Browsers.first();
        Browsers.signIn(browser, system.planService.url(), "owner", "owner-demo");
        browser.get(system.planService.url() + "/sign-out");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(
                "^" + Pattern.quote(system.planService.url()) + "/(\\?.*)?$"));

        browser.get(system.planService.url() + "/plans/" + system.demo.planId);
        assertThat(browser.findElement(By.id("navigation")).getText()).contains("Sign in").doesNotContain("Sign out");
        assertThat(EMAIL.matcher(browser.getPageSource()).find()).isFalse();
        Browsers.screenshot(browser, "public-plan");
    }

    @Test
    void theDraftPlanItselfIsRefusedToTheAnonymous() {
        HttpResponse<String> page = DemoData.send(HttpRequest.newBuilder(
                URI.create(system.planService.url() + "/plans/" + system.demo.draftPlanId)).GET().build());

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).doesNotContain(DemoData.DRAFT_TITLE);
    }
}

package org.actiontracker.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.actiontracker.notification.support.ActionPlanFixture;
import org.actiontracker.notification.support.Api;
import org.actiontracker.notification.support.Mailbox;
import org.actiontracker.notification.support.NotificationTestBase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DigestTest extends NotificationTestBase {

    private static final LocalDate AS_OF = LocalDate.of(2032, 3, 1);

    @Test
    void oneDigestGroupsARecipientsItemsOverdueFirstThenApproachingThenStale() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(60);
        String owner = plan.email("owner");
        var dueInTwelve = plan.action(owner, AS_OF.plusDays(12));
        dueInTwelve.description = "Publish the custody audit";
        dueInTwelve.publish();
        var stale = plan.action(owner, AS_OF.plusDays(300));
        stale.description = "Train sergeants in welfare checks";
        stale.latestUpdateAt = stale.updatedOn(AS_OF.minusDays(75));
        stale.publish();
        var overdue = plan.action(owner, AS_OF.minusDays(3));
        overdue.description = "Replace the cell call system";
        overdue.publish();
        var dueInFive = plan.action(owner, AS_OF.plusDays(5));
        dueInFive.description = "Agree the data-sharing protocol";
        dueInFive.publish();

        JsonPath report = Api.scan(AS_OF, plan.organisationId);

        assertThat(report.getInt("digests")).isEqualTo(1);
        assertThat(report.getInt("delivery.sent")).isEqualTo(1);
        Mailbox.ReceivedMail mail = Mailbox.awaitOne(owner);
        assertThat(mail.subject())
                .isEqualTo("1 overdue, 2 due within 14 days, 1 awaiting an update: action plan items for you");
        assertThat(mail.text()).containsSubsequence(
                "== Overdue (1) ==", "Replace the cell call system", "3 days overdue",
                "== Deadline approaching (2) ==", "Agree the data-sharing protocol", "due in 5 days",
                "Publish the custody audit", "due in 12 days",
                "== Awaiting a progress update (1) ==", "Train sergeants in welfare checks", "no update for 75 days");

        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("h2").eachText())
                .containsExactly("Overdue (1)", "Deadline approaching (2)", "Awaiting a progress update (1)");
        Element firstLink = html.selectFirst("td a");
        assertThat(firstLink.text()).isEqualTo("Replace the cell call system");
        assertThat(firstLink.attr("href")).isEqualTo("http://localhost:8081/actions/" + overdue.id);
        assertThat(html.text()).contains("Recommendation 4 (4.2)").contains("Target date 27 Feb 2032")
                .contains("latest update 18 Jan 2032");
    }

    @Test
    void everyValueIsEscapedInTheHtmlPart() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), AS_OF.plusDays(6));
        action.description = "<script>alert('x')</script> & <b>bold</b>";
        action.ownerName = "<img src=x onerror=alert(1)>";
        action.publish();

        Api.scan(AS_OF, plan.organisationId);

        Mailbox.ReceivedMail mail = Mailbox.awaitOne(action.ownerEmail);
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("script, img, b")).isEmpty();
        assertThat(html.selectFirst("td a").text()).isEqualTo("<script>alert('x')</script> & <b>bold</b>");
        assertThat(html.text()).contains("Dear <img src=x onerror=alert(1)>,");
        assertThat(mail.text()).contains("<script>alert('x')</script> & <b>bold</b>");
    }

    @Test
    void aDigestWithoutACopyHasNoCcHeaderAndKeepsItsHtmlAndTextParts() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), AS_OF.plusDays(1)).publish();

        Api.scan(AS_OF, plan.organisationId);

        Mailbox.ReceivedMail mail = Mailbox.awaitOne(action.ownerEmail);
        assertThat(mail.ccHeaders()).isNull();
        assertThat(mail.to()).containsExactly(action.ownerEmail.toLowerCase(Locale.ROOT));
        assertThat(mail.html()).contains("<a ");
        assertThat(mail.text()).contains("Unsubscribe: ");
        assertThat(mail.messageId()).startsWith("<digest-");
    }

    @Test
    void everyDigestCarriesASignedUnsubscribeLinkInTheBodyAndTheHeaders() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var action = plan.action(plan.email("owner"), AS_OF.plusDays(1)).publish();

        Api.scan(AS_OF, plan.organisationId);

        Mailbox.ReceivedMail mail = Mailbox.awaitOne(action.ownerEmail);
        String link = Jsoup.parse(mail.html()).select("a").last().attr("href");
        assertThat(link).startsWith("http://localhost:8082/api/v1/unsubscribe?token=");
        assertThat(mail.text()).contains("Unsubscribe: " + link);
        assertThat(mail.listUnsubscribe()).isEqualTo("<" + link + ">");
    }

    @Test
    void everyDigestLinksItsPlanOnceAndThePreferencesPage() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        String owner = plan.email("owner");
        plan.action(owner, AS_OF.plusDays(1)).publishAndAwaitPlanCopied();
        plan.action(owner, AS_OF.plusDays(7)).publish();

        Api.scan(AS_OF, plan.organisationId);

        Mailbox.ReceivedMail mail = Mailbox.awaitOne(owner);
        Document html = Jsoup.parse(mail.html());
        String planUrl = "http://localhost:8081/plans/" + plan.planId;
        assertThat(html.select("a[href=" + planUrl + "]").eachText())
                .containsExactly("Humberside Police: Response to the inspection of custody");
        Element preferences = html.selectFirst("a:contains(Manage your e-mail preferences)");
        assertThat(preferences.attr("href")).startsWith("http://localhost:8082/preferences?token=");
        assertThat(mail.text()).containsSubsequence("The plan:", "Humberside Police: Response to the inspection of"
                + " custody", planUrl, "Manage your e-mail preferences: " + preferences.attr("href"));
    }

    @Test
    void anExecutiveLeadSeesEachActionOnceAndTheSubjectCountsItOnce() {
        var plan = new ActionPlanFixture();
        plan.publishPlan(90);
        var ownerless = plan.action(null, AS_OF.minusDays(15));
        ownerless.description = "Appoint a stalking lead";
        ownerless.publishAndAwaitPlanCopied();

        Api.scan(AS_OF.minusDays(14), plan.organisationId);
        Api.scan(AS_OF, plan.organisationId);

        List<Mailbox.ReceivedMail> toLead = Mailbox.awaitCount(plan.executiveLeadEmail, 2);
        Mailbox.ReceivedMail escalated = toLead.get(toLead.size() - 1);
        assertThat(escalated.subject()).startsWith("1 overdue");
        assertThat(escalated.text().split("Appoint a stalking lead", -1)).hasSize(2);
        assertThat(Jsoup.parse(escalated.html()).select("td a").eachText()).containsExactly("Appoint a stalking lead");
    }
}

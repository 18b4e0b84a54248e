package org.actiontracker.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

/** Everything under {@code notification.*}; see application.properties for the environment variables. */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    /** Base URL of plan-service's API. */
    String planServiceUrl();

    /**
     * Base URL of the pages people read (plan-service's web pages); each item links to {@code {url}/actions/{id}}
     * and each plan to {@code {url}/plans/{id}}.
     */
    String webUrl();

    /** Base URL at which recipients reach this service, for the unsubscribe link and the preferences page. */
    String publicUrl();

    Alerts alerts();

    Scan scan();

    Digest digest();

    Delivery delivery();

    Unsubscribe unsubscribe();

    Events events();

    interface Alerts {

        /** Days before the target date at which an owner is told it approaches, unless they chose their own. */
        @WithDefault("30,14,7,1")
        @NotEmpty
        List<@Min(0) @Max(365) Integer> leadDays();

        /** An overdue action is reported again after this many days. */
        @WithDefault("7")
        @Min(1)
        int overdueRepeatDays();

        /** Once an action is overdue by more than this many days, the plan's executive lead is copied. */
        @WithDefault("14")
        @Min(0)
        int escalationGraceDays();

        /** The reporting interval of an action whose plan has not been seen yet or has none. */
        @WithDefault("90")
        @Min(1)
        int defaultReportingIntervalDays();
    }

    interface Scan {

        /** When the scheduled scan runs; {@code off} disables it. */
        @WithDefault("0 0 7 * * ?")
        String cron();

        /** The zone of the cron expression and of "today" for dates. */
        @WithDefault("Europe/London")
        ZoneId zone();

        /** A scan's asOf must lie within this period either side of today; anything else is a typo. */
        @WithDefault("P1Y")
        Period asOfWindow();
    }

    interface Digest {

        /** The day on which recipients who chose weekly digests get theirs. */
        @WithDefault("MONDAY")
        DayOfWeek weeklyDay();
    }

    interface Delivery {

        /** How often pending digests are looked for (a scheduler {@code every} value). */
        @WithDefault("30s")
        String pollInterval();

        /** The wait before the first retry; it doubles with each failed attempt up to the maximum. */
        @WithDefault("PT1M")
        Duration initialBackoff();

        @WithDefault("PT6H")
        Duration maxBackoff();

        /** After this many failed attempts a digest is left FAILED until retried through the API. */
        @WithDefault("12")
        @Min(1)
        int maxAttempts();

        /** How often this instance records that it is alive. */
        @WithDefault("2s")
        String heartbeatInterval();

        /** An instance silent for longer is gone: its claimed digests are taken over. */
        @WithDefault("PT10S")
        Duration instanceTimeout();

        /** The domain part of each digest's Message-ID. */
        @WithDefault("actiontracker.local")
        String messageIdDomain();

        /** How long a claimed digest stays reserved when its instance is not known (claims of older versions). */
        @WithDefault("PT5M")
        Duration lease();

        /**
         * Digests sent at once. Each one in flight when the process dies may have been accepted by the SMTP
         * server without being recorded as sent, and is then resent (in doubt, same Message-ID): one at a time
         * bounds that to one digest per crash; more only for a relay slow enough that one at a time is too slow.
         */
        @WithDefault("1")
        @Min(1)
        @Max(8)
        int concurrency();

        /** Digests claimed per poll. */
        @WithDefault("200")
        @Min(1)
        int batchSize();

        /** An SMTP exchange that takes longer counts as failed. */
        @WithDefault("PT1M")
        Duration sendTimeout();
    }

    interface Unsubscribe {

        /** The HMAC key that signs unsubscribe and preferences links; changing it invalidates every link sent. */
        @Size(min = 32)
        String secret();
    }

    interface Events {

        /** Processed event ids are kept this long to recognise redeliveries. */
        @WithDefault("P30D")
        Duration processedRetention();

        /** Attempts at applying one event when the database fails, before consumption stops. */
        @WithDefault("10")
        @Min(1)
        int maxAttempts();
    }
}

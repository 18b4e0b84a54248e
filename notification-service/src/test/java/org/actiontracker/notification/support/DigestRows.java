package org.actiontracker.notification.support;

import org.actiontracker.infra.PostgresServer;
import org.actiontracker.infra.PostgresTestResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads digest and instance rows directly, to stage what another (dead or live) instance left
 * behind and to see what the service recorded.
 */
public final class DigestRows {

    private DigestRows() {
    }

    /**
     * A digest with one overdue alert, claimed by the instance under a 5-minute lease, as a scan leaves it;
     * {@code attemptsStarted} attempts begun with no outcome recorded, the last one a minute ago.
     */
    public static UUID claimedDigest(UUID actionId, String recipient, LocalDate target, LocalDate asOf,
                                     UUID instance, int attemptsStarted) {
        UUID digest = UUID.randomUUID();
        UUID scan = UUID.randomUUID();
        try (Connection connection = connect();
             PreparedStatement insertDigest = connection.prepareStatement("""
                     insert into digest (id, recipient_email, scan_id, as_of, status, attempts, next_attempt_at,
                                         claim_token, lease_until, created_at, claimed_by, attempts_started,
                                         attempt_started_at)
                     values (?, ?, ?, ?, 'SENDING', 0, now(), gen_random_uuid(), now() + interval '5 minutes', now(),
                             ?, ?, case when ? > 0 then now() - interval '1 minute' end)""");
             PreparedStatement insertAlert = connection.prepareStatement("""
                     insert into notification (id, action_id, kind, threshold, target_date, recipient_email,
                                               recipient_role, escalated, as_of, scan_id, digest_id, created_at)
                     values (gen_random_uuid(), ?, 'OVERDUE', 0, ?, ?, 'OWNER', false, ?, ?, ?, now())""")) {
            insertDigest.setObject(1, digest);
            insertDigest.setString(2, recipient);
            insertDigest.setObject(3, scan);
            insertDigest.setObject(4, asOf);
            insertDigest.setObject(5, instance);
            insertDigest.setInt(6, attemptsStarted);
            insertDigest.setInt(7, attemptsStarted);
            insertDigest.executeUpdate();
            insertAlert.setObject(1, actionId);
            insertAlert.setObject(2, target);
            insertAlert.setString(3, recipient);
            insertAlert.setObject(4, asOf);
            insertAlert.setObject(5, scan);
            insertAlert.setObject(6, digest);
            insertAlert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return digest;
    }

    /** Records a heartbeat of the instance at the SQL time expression, e.g. {@code now() - interval '1 minute'}. */
    public static void heartbeat(UUID instance, String at) {
        try (Connection connection = connect();
             PreparedStatement upsert = connection.prepareStatement("insert into delivery_instance"
                     + " (id, started_at, heartbeat_at) values (?, now(), " + at + ")"
                     + " on conflict (id) do update set heartbeat_at = excluded.heartbeat_at")) {
            upsert.setObject(1, instance);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the digest look sent by an instance: accepted, recorded, its claim released. */
    public static void markSent(UUID digest) {
        try (Connection connection = connect();
             PreparedStatement update = connection.prepareStatement("""
                     update digest set status = 'SENT', sent_at = now(), attempts = attempts_started,
                                       claim_token = null, lease_until = null, claimed_by = null
                     where id = ?""")) {
            update.setObject(1, digest);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Row row(UUID digest) {
        List<Row> rows = query("where id = ?", digest);
        if (rows.isEmpty()) {
            throw new IllegalStateException("No digest " + digest);
        }
        return rows.get(0);
    }

    /** The digests sent to these recipients, in the order their attempts started. */
    public static List<Row> inAttemptOrder(List<String> recipients) {
        return query("where recipient_email = any(?) order by attempt_started_at", recipients.toArray(String[]::new));
    }

    private static List<Row> query(String condition, Object parameter) {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("""
                     select id, recipient_email, status, attempts, attempts_started, attempt_started_at, sent_at
                     from digest\s""" + condition)) {
            if (parameter instanceof String[] values) {
                query.setArray(1, connection.createArrayOf("text", values));
            } else {
                query.setObject(1, parameter);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject("id", UUID.class), result.getString("recipient_email"),
                            result.getString("status"), result.getInt("attempts"), result.getInt("attempts_started"),
                            result.getObject("attempt_started_at", OffsetDateTime.class),
                            result.getObject("sent_at", OffsetDateTime.class)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        PostgresServer postgres = PostgresTestResource.server();
        return DriverManager.getConnection(postgres.jdbcUrl("notifications"), postgres.username(),
                postgres.password());
    }

    /** attempts counts the outcomes recorded (accepted or refused), attemptsStarted the attempts begun. */
    public record Row(UUID id, String recipientEmail, String status, int attempts, int attemptsStarted,
                      OffsetDateTime attemptStartedAt, OffsetDateTime sentAt) {
    }
}

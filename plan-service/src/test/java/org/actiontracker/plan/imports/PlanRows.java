package org.actiontracker.plan.imports;

import org.actiontracker.infra.PostgresServer;
import org.actiontracker.infra.PostgresTestResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Direct reads and bulk writes of plan-service's database: stored rows exactly, and data too large for the API. */
public final class PlanRows {

    private PlanRows() {
    }

    /** A plan's actions in plan order, with every field a document gives. */
    public static List<Map<String, Object>> actionsOf(UUID planId) {
        return query("select id, recommendation_number, sub_point_ref, position, description, owner_name,"
                + " owner_role, owner_email, target_date, status, status_label, rag, percent_complete, documents"
                + " from action where plan_id = ? order by position", planId);
    }

    /** A plan's live updates, by action position and then in the order they were recorded. */
    static List<Map<String, Object>> updatesOf(UUID planId) {
        return query("select a.position, u.recorded_at, u.reported_on, u.period, u.author_name, u.author_role,"
                + " u.text from action_update u join action a on a.id = u.action_id"
                + " where u.plan_id = ? and u.withdrawn_at is null order by a.position, u.entry_order", planId);
    }

    static List<Map<String, Object>> plansOf(UUID organisationId) {
        return query("select id, title, state from plan where organisation_id = ?", organisationId);
    }

    /** Rows without ids, timestamps and the position's own numbering: what two copies of a plan share. */
    static List<Map<String, Object>> withoutIdentity(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("id");
            copy.remove("recorded_at");
            return copy;
        }).toList();
    }

    public static void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static List<Map<String, Object>> query(String sql, UUID id) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = result.getObject(i);
                        row.put(result.getMetaData().getColumnLabel(i), value == null ? null : value.toString());
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Failed: " + sql, e);
        }
    }

    private static Connection connect() throws SQLException {
        PostgresServer server = PostgresTestResource.server();
        return DriverManager.getConnection(server.jdbcUrl("plans"), server.username(), server.password());
    }
}

-- The SQL of one POST /actions/{id}/updates with nothing around it (no HTTP, JSON, token or event building):
-- lock the action, read its plan and organisation, insert the update, bump the action, write the two outbox events
-- (update.recorded, action.updated) and their audit entries in one statement, commit. It shows what the database
-- alone allows that request, next to the single-row INSERT ceiling. Payloads are the size of real events; the rows
-- are written as already sent, so the running service's relay leaves them alone.
\set n random(1, :actions)
BEGIN;
SELECT a.id AS action_id, a.plan_id, a.organisation_id, a.version FROM action a
  WHERE a.id = (SELECT action_id FROM bench_action WHERE n = :n) FOR UPDATE \gset
SELECT p.id, p.state, o.id, o.name FROM plan p JOIN organisation o ON o.id = p.organisation_id WHERE p.id = :plan_id;
INSERT INTO action_update (id, action_id, plan_id, organisation_id, recorded_at, period, author_name, author_subject, text,
  revision, updated_at, version)
  VALUES (gen_random_uuid(), :action_id, :plan_id, :organisation_id, now(), 'Benchmark', 'bench-editor',
  'bench-editor', 'Progress recorded by the benchmark', 1, now(), 0);
UPDATE action SET latest_update_at = now(), updated_at = now(), updated_by = 'bench-editor', version = version + 1
  WHERE id = :action_id AND version = :version;
WITH outbox AS (INSERT INTO outbox_event (event_id, topic, partition_key, type, payload, created_at, sent_at) VALUES
  (gen_random_uuid(), 'bench-plan-events', :action_id, 'org.actiontracker.update.recorded', repeat('u', 1200), now(), now()),
  (gen_random_uuid(), 'bench-plan-events', :action_id, 'org.actiontracker.action.updated', repeat('a', 1800), now(), now()))
INSERT INTO audit_entry (occurred_at, actor_subject, actor_name, organisation_id, resource_type, resource_id, event_type,
  event_id, changes) VALUES
  (now(), 'bench-editor', 'bench-editor', :organisation_id, 'update', gen_random_uuid(), 'org.actiontracker.update.recorded',
   gen_random_uuid(), '[]'),
  (now(), 'bench-editor', 'bench-editor', :organisation_id, 'action', :action_id, 'org.actiontracker.action.updated',
   gen_random_uuid(), '[{"field":"latestUpdateAt"}]');
COMMIT;

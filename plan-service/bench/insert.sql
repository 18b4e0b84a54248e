-- The raw PostgreSQL ceiling: one single-row INSERT committed per transaction.
INSERT INTO bench_insert (action_id, recorded_at, text) VALUES (gen_random_uuid(), now(), 'Progress recorded by the benchmark');

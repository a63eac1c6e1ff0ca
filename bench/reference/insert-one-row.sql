-- pgbench script of the votes reference: one row inserted per transaction (pgbench runs each statement in autocommit).
\set voter random(1, 1000000000)
INSERT INTO bench_reference.votes (username, vote) VALUES ('voter-' || :client_id || '-' || :voter, 'up');

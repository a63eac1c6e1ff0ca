-- The reference's scratch table: what one vote would need at least, one row per transaction (see insert-one-row.sql).
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bench_reference;
DROP TABLE IF EXISTS bench_reference.votes;
CREATE TABLE bench_reference.votes (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username VARCHAR(100) NOT NULL,
  vote VARCHAR(4) NOT NULL,
  voted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- The fair peer's tables (reference/durable-peer.js), in schema bench_peer of the bench database:
-- the same rows Game Picker writes for a game night, as a Node.js developer would lay them out.
-- bench/run runs this, then fills bench_peer.games from the catalog CSV with psql's \copy.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS bench_peer CASCADE;
CREATE SCHEMA bench_peer;
SET search_path = bench_peer;

-- The catalog, one row per line of jackbox-games.csv (its columns, in its order), plus the counters.
CREATE TABLE games (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pack_name       TEXT    NOT NULL,
  title           TEXT    NOT NULL,
  min_players     INT     NOT NULL,
  max_players     INT     NOT NULL,
  length_minutes  TEXT,
  has_audience    BOOLEAN,
  family_friendly BOOLEAN,
  game_type       TEXT,
  drawing         BOOLEAN,
  release_year    INT,
  enabled         BOOLEAN NOT NULL DEFAULT TRUE,
  play_count      INT     NOT NULL DEFAULT 0,
  upvotes         INT     NOT NULL DEFAULT 0,
  downvotes       INT     NOT NULL DEFAULT 0,
  UNIQUE (pack_name, title)
);

CREATE TABLE sessions (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  notes        TEXT,
  is_active    BOOLEAN     NOT NULL DEFAULT TRUE,
  created_at   TIMESTAMPTZ NOT NULL,
  closed_at    TIMESTAMPTZ,
  games_played INT         NOT NULL DEFAULT 0
);
-- At most one active session (a second POST /api/sessions while one is active fails on this).
CREATE UNIQUE INDEX sessions_one_active ON sessions (is_active) WHERE is_active;

-- A play: a game started in a session.
CREATE TABLE session_games (
  id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_id     BIGINT      NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  game_id        BIGINT      NOT NULL REFERENCES games (id),
  status         TEXT        NOT NULL CHECK (status IN ('playing', 'played', 'skipped')),
  played_at      TIMESTAMPTZ NOT NULL,
  manually_added BOOLEAN     NOT NULL DEFAULT FALSE,
  room_code      VARCHAR(4),
  player_count   INT,
  upvotes        INT         NOT NULL DEFAULT 0,
  downvotes      INT         NOT NULL DEFAULT 0
);
-- The vote's lookup: the session's latest play started at or before the vote's time.
CREATE INDEX session_games_by_session ON session_games (session_id, played_at);
CREATE INDEX session_games_by_game ON session_games (game_id);

-- One counted vote per user per play.
CREATE TABLE votes (
  id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  session_game_id BIGINT      NOT NULL REFERENCES session_games (id) ON DELETE CASCADE,
  username        VARCHAR(100) NOT NULL,
  vote_type       VARCHAR(4)  NOT NULL CHECK (vote_type IN ('up', 'down')),
  voted_at        TIMESTAMPTZ NOT NULL,
  UNIQUE (session_game_id, username)
);

-- The durable event log: every event broadcast was committed here first, with the id it carries.
CREATE TABLE events (
  id          BIGSERIAL   PRIMARY KEY,
  type        TEXT        NOT NULL,
  session_id  BIGINT,
  payload     JSONB       NOT NULL,
  occurred_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX events_by_session ON events (session_id, id);

-- Audience polls: a session's poll, its 2 to 5 candidate games with their ballot counters, and one
-- ballot per username. A poll's id comes from the sequence poll_ids, so that the application holds it
-- before storing the poll and the poll records its events whole. open_session_id is the session's id
-- while the poll is open and NULL once closed: its unique constraint keeps one open poll per session
-- (several NULLs are allowed on both databases, and neither takes a partial index here).
CREATE SEQUENCE poll_ids START WITH 1;

CREATE TABLE polls (
    id BIGINT NOT NULL,
    session_id BIGINT NOT NULL,
    open_session_id BIGINT,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at TIMESTAMP WITH TIME ZONE,
    winner_choice INTEGER,
    CONSTRAINT pk_polls PRIMARY KEY (id),
    CONSTRAINT fk_polls_session FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE,
    CONSTRAINT uq_polls_one_open_per_session UNIQUE (open_session_id),
    CONSTRAINT ck_polls_open_session CHECK (
        (closed_at IS NULL AND open_session_id = session_id)
        OR (closed_at IS NOT NULL AND open_session_id IS NULL AND winner_choice IS NOT NULL))
);

CREATE INDEX IF NOT EXISTS ix_polls_session ON polls (session_id);
CREATE INDEX IF NOT EXISTS ix_polls_closes_at ON polls (closes_at);

-- A candidate's ballots are a counter, moved in one atomic update per ballot, so that no ballot is
-- counted to answer and closing the poll reads five rows. weight is the picker's weight the game had
-- when the poll opened: it breaks a tie. The title and pack are kept as they were, so a poll reads whole
-- even after its game left the catalog.
CREATE TABLE poll_candidates (
    poll_id BIGINT NOT NULL,
    choice INTEGER NOT NULL,
    game_id BIGINT NOT NULL,
    title VARCHAR(255) NOT NULL,
    pack_name VARCHAR(255) NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    ballots INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT pk_poll_candidates PRIMARY KEY (poll_id, choice),
    CONSTRAINT fk_poll_candidates_poll FOREIGN KEY (poll_id) REFERENCES polls (id) ON DELETE CASCADE,
    CONSTRAINT uq_poll_candidates_game UNIQUE (poll_id, game_id),
    CONSTRAINT ck_poll_candidates_ballots CHECK (ballots >= 0)
);

CREATE TABLE poll_ballots (
    poll_id BIGINT NOT NULL,
    username VARCHAR(100) NOT NULL,
    choice INTEGER NOT NULL,
    cast_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_poll_ballots PRIMARY KEY (poll_id, username),
    CONSTRAINT fk_poll_ballots_candidate FOREIGN KEY (poll_id, choice)
        REFERENCES poll_candidates (poll_id, choice) ON DELETE CASCADE
);

-- The vote totals of each game and each play, kept as up to 16 counter rows (slots) per game or
-- play instead of two columns of its row: a vote adds its change to one slot picked at random, and
-- readers add the slots up. Concurrent votes on the same game then rarely wait for each other's
-- commit on one shared row. A slot may go below zero (a discarded play takes its votes off any
-- slot); the sum is the total. Filled from the columns they replace.
CREATE TABLE game_vote_counts (
    game_id   BIGINT   NOT NULL,
    slot      SMALLINT NOT NULL,
    upvotes   INT      NOT NULL DEFAULT 0,
    downvotes INT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_game_vote_counts PRIMARY KEY (game_id, slot),
    CONSTRAINT fk_game_vote_counts_game FOREIGN KEY (game_id) REFERENCES games (id) ON DELETE CASCADE
);

CREATE TABLE session_game_vote_counts (
    session_game_id BIGINT   NOT NULL,
    slot            SMALLINT NOT NULL,
    upvotes         INT      NOT NULL DEFAULT 0,
    downvotes       INT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_session_game_vote_counts PRIMARY KEY (session_game_id, slot),
    CONSTRAINT fk_session_game_vote_counts_session_game FOREIGN KEY (session_game_id)
        REFERENCES session_games (id) ON DELETE CASCADE
);

INSERT INTO game_vote_counts (game_id, slot, upvotes, downvotes)
SELECT id, 0, upvotes, downvotes FROM games WHERE upvotes <> 0 OR downvotes <> 0;

INSERT INTO session_game_vote_counts (session_game_id, slot, upvotes, downvotes)
SELECT id, 0, upvotes, downvotes FROM session_games WHERE upvotes <> 0 OR downvotes <> 0;

ALTER TABLE games DROP CONSTRAINT ck_games_counters;
ALTER TABLE games DROP COLUMN upvotes;
ALTER TABLE games DROP COLUMN downvotes;
ALTER TABLE games ADD CONSTRAINT ck_games_play_count CHECK (play_count >= 0);

ALTER TABLE session_games DROP COLUMN upvotes;
ALTER TABLE session_games DROP COLUMN downvotes;

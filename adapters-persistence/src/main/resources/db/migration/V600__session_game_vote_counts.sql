-- Each play's vote counts, kept beside it so a vote reads its play's totals without counting the
-- play's votes; moved in the same transaction as the votes. Filled from the votes already stored.
ALTER TABLE session_games ADD COLUMN upvotes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE session_games ADD COLUMN downvotes INTEGER DEFAULT 0 NOT NULL;

UPDATE session_games SET
  upvotes = (SELECT COUNT(*) FROM votes v WHERE v.session_game_id = session_games.id AND v.vote_type = 'up'),
  downvotes = (SELECT COUNT(*) FROM votes v WHERE v.session_game_id = session_games.id AND v.vote_type = 'down');

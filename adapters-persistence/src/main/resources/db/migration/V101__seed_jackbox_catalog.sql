-- Seed: the real Jackbox catalog (every Party Pack and the standalone games), from
-- jackbox-games.csv. Runs once, on a fresh install; later edits by the host are never overwritten.
-- Lengths given as a range (15-20) are stored as their midpoint rounded half up (18); 10+ as 10.
-- release_year is not part of the catalog and is not stored; a blank has_audience is FALSE.

INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 2', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 3', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 4', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 5', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 6', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 7', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 8', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 9', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 10', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 11', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Pack 12', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Starter', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Party Essentials', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Naughty Pack', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('The Jackbox Survey Scramble', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('Fibbage', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('Fibbage XL', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('Quiplash', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('Drawful 2', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('Quiplash 2 InterLASHional', TRUE, 0);
INSERT INTO packs (name, enabled, favor_bias) VALUES ('Trivia Murder Party 3', TRUE, 0);

INSERT INTO games (pack_name, title, min_players, max_players, length_minutes, has_audience,
                   family_friendly, game_type, drawing, enabled, favor_bias, play_count,
                   upvotes, downvotes, created_at) VALUES
    ('The Jackbox Party Pack', 'You Don''t Know Jack 2015', 1, 4, 18, FALSE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack', 'Drawful', 3, 8, 18, FALSE, FALSE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack', 'Word Spud', 2, 8, 13, FALSE, FALSE, 'Word', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack', 'Lie Swatter', 1, 100, 20, FALSE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack', 'Fibbage XL', 2, 8, 18, FALSE, FALSE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 2', 'Fibbage 2', 2, 8, 18, TRUE, TRUE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 2', 'Earwax', 3, 8, 18, TRUE, TRUE, 'Sound', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 2', 'Bidiots', 3, 6, 18, FALSE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 2', 'Quiplash XL', 3, 8, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 2', 'Bomb Corp.', 1, 4, 18, FALSE, TRUE, 'Co-op', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 3', 'Quiplash 2', 3, 8, 15, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 3', 'Trivia Murder Party', 1, 8, 18, TRUE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 3', 'Guesspionage', 2, 8, 13, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 3', 'Fakin'' It', 3, 6, 18, TRUE, TRUE, 'Social deduction', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 3', 'Tee K.O.', 3, 8, 30, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 4', 'Fibbage 3', 2, 8, 18, TRUE, TRUE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 4', 'Survive the Internet', 3, 8, 20, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 4', 'Monster Seeking Monster', 3, 7, 18, TRUE, FALSE, 'Social deduction', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 4', 'Bracketeering', 3, 16, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 4', 'Civic Doodle', 3, 8, 20, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 5', 'You Don''t Know Jack: Full Stream', 1, 8, 18, TRUE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 5', 'Split the Room', 3, 8, 15, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 5', 'Mad Verse City', 3, 8, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 5', 'Zeeple Dome', 1, 6, 10, FALSE, TRUE, 'Action', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 5', 'Patently Stupid', 3, 8, 20, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 6', 'Trivia Murder Party 2', 1, 8, 20, TRUE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 6', 'Role Models', 3, 6, 15, TRUE, TRUE, 'Voting', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 6', 'Joke Boat', 3, 8, 20, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 6', 'Dictionarium', 3, 8, 10, TRUE, TRUE, 'Word', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 6', 'Push the Button', 4, 10, 20, FALSE, TRUE, 'Social deduction', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 7', 'Quiplash 3', 3, 8, 15, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 7', 'The Devils and the Details', 3, 8, 15, TRUE, TRUE, 'Co-op', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 7', 'Champ''d Up', 3, 8, 20, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 7', 'Talking Points', 3, 8, 30, TRUE, TRUE, 'Performance', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 7', 'Blather ''Round', 2, 6, 23, TRUE, TRUE, 'Word', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 8', 'Drawful Animate', 3, 10, 23, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 8', 'The Wheel of Enormous Proportions', 2, 8, 20, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 8', 'Job Job', 3, 10, 20, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 8', 'The Poll Mine', 2, 10, 15, TRUE, TRUE, 'Voting', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 8', 'Weapons Drawn', 4, 8, 30, TRUE, FALSE, 'Social deduction', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 9', 'Fibbage 4', 2, 8, 20, TRUE, TRUE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 9', 'Roomerang', 4, 9, 30, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 9', 'Junktopia', 3, 8, 20, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 9', 'Nonsensory', 3, 8, 20, TRUE, TRUE, 'Guessing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 9', 'Quixort', 1, 10, 18, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 10', 'Tee K.O. 2', 3, 8, 23, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 10', 'Timejinx', 1, 8, 18, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 10', 'FixyText', 3, 8, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 10', 'Dodo Re Mi', 1, 9, 8, TRUE, TRUE, 'Music', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 10', 'Hypnotorious', 4, 8, 25, TRUE, TRUE, 'Social deduction', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 11', 'Doominate', 3, 8, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 11', 'Hear Say', 2, 8, 18, TRUE, TRUE, 'Sound', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 11', 'Cookie Haus', 3, 8, 18, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 11', 'Suspectives', 4, 8, 18, TRUE, TRUE, 'Social deduction', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 11', 'Legends of Trivia', 1, 6, 25, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 12', 'Idol Factions', 2, 8, 15, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 12', 'We Forgot a Card', 3, 8, 20, TRUE, TRUE, 'Writing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 12', 'Debate and Switch', 2, 8, 15, TRUE, TRUE, 'Debate', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 12', 'MegaPals', 3, 8, 15, TRUE, TRUE, 'Word', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Pack 12', 'Hyperface', 3, 8, 15, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Starter', 'Quiplash 3', 3, 8, 15, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Starter', 'Tee K.O.', 3, 8, 30, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Starter', 'Trivia Murder Party 2', 1, 8, 20, TRUE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Essentials', 'Drawful 2', 3, 8, 23, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Essentials', 'Quiplash 3', 3, 8, 15, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Party Essentials', 'Fibbage 4', 2, 8, 20, TRUE, TRUE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Naughty Pack', 'Fakin'' It All Night Long', 3, 8, 25, TRUE, FALSE, 'Social deduction', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Naughty Pack', 'Dirty Drawful', 3, 8, 18, FALSE, FALSE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Naughty Pack', 'Let Me Finish', 3, 8, 13, FALSE, FALSE, 'Performance', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('The Jackbox Survey Scramble', 'The Jackbox Survey Scramble', 2, 10, 10, TRUE, TRUE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('Fibbage', 'Fibbage', 2, 8, 18, FALSE, FALSE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('Fibbage XL', 'Fibbage XL', 2, 8, 18, FALSE, TRUE, 'Bluffing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('Quiplash', 'Quiplash', 3, 8, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('Drawful 2', 'Drawful 2', 3, 8, 23, TRUE, TRUE, 'Drawing', TRUE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('Quiplash 2 InterLASHional', 'Quiplash 2 InterLASHional', 3, 8, 18, TRUE, TRUE, 'Writing', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP),
    ('Trivia Murder Party 3', 'Trivia Murder Party 3', 1, 8, 18, FALSE, FALSE, 'Trivia', FALSE, TRUE, 0, 0, 0, 0, CURRENT_TIMESTAMP);

-- The answers to writes sent with an Idempotency-Key, kept at least 24 hours. request_key is the
-- SHA-256 (hex) of the caller, the method, the path and the key: one fixed-size primary key, whatever
-- the lengths. A row is inserted by the write's own transaction before the write and completed at its
-- end, so other transactions only ever see complete rows, and only of committed writes. fingerprint is
-- the SHA-256 of the request body. claimed_at is indexed for the pruning job, which deletes in batches.
CREATE TABLE stored_answers (
    request_key VARCHAR(64) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status INTEGER,
    content_type VARCHAR(200),
    location VARCHAR(2000),
    body TEXT,
    CONSTRAINT pk_stored_answers PRIMARY KEY (request_key)
);

CREATE INDEX IF NOT EXISTS ix_stored_answers_claimed_at ON stored_answers (claimed_at);

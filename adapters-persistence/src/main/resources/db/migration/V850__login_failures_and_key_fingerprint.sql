-- Failed admin logins per client address, counted in fixed windows in the database, so that every
-- node sharing it counts them together.
CREATE TABLE login_failures (
    client_address VARCHAR(200)             NOT NULL,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    failures       INTEGER                  NOT NULL,
    CONSTRAINT pk_login_failures PRIMARY KEY (client_address)
);

-- A fingerprint of the keys (admin key, token signing key) of the first node that started on this
-- database; a node with other keys refuses to start, instead of issuing tokens the others refuse.
CREATE TABLE key_fingerprint (
    id          SMALLINT                 NOT NULL,
    fingerprint VARCHAR(100)             NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_key_fingerprint PRIMARY KEY (id),
    CONSTRAINT ck_key_fingerprint_one_row CHECK (id = 1)
);

-- The secret link of each user's calendar feed: one per user, replaced when the user rotates it, so that the old
-- link stops working at once. Only a SHA-256 hash of the link's token is kept; the token itself is shown once.
CREATE TABLE calendar_link (
    username   VARCHAR(255)             NOT NULL,
    token_hash CHAR(64)                 NOT NULL,
    owner_kind VARCHAR(20)              NOT NULL,
    owner_id   VARCHAR(255)             NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT uk_calendar_link_token UNIQUE (token_hash)
);

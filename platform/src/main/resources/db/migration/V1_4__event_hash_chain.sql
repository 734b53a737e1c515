-- Tamper evidence for the event store: one link per event in global order, each a SHA-256 over the event's
-- stored bytes and the previous link. Written by the booking service's audit-chain processor, never updated.
CREATE TABLE event_hash_chain (
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    hash             VARCHAR(64)  NOT NULL,
    PRIMARY KEY (global_index),
    CONSTRAINT uk_event_hash_chain_event UNIQUE (event_identifier)
);

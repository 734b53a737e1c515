-- One key per client for the personal fields of that client's events (crypto-shredding). The key is kept wrapped
-- by the master key (AES-GCM, base64). Erasing a client deletes the key and keeps the row as the record that the
-- client was erased: a key is never made again for them, and fields written before keys existed read as erased.
CREATE TABLE personal_data_key (
    client_id   VARCHAR(255) NOT NULL,
    wrapped_key VARCHAR(200),
    created_at  TIMESTAMP    NOT NULL,
    erased_at   TIMESTAMP,
    PRIMARY KEY (client_id)
);

-- The hash chain links events in the order the audit-chain processor is handed them, which is global order except
-- for an event that fills a gap late: it is linked when it arrives instead of being left out. chain_position is
-- that order. Links made before were appended in global order, so their index is their position.
ALTER TABLE event_hash_chain ADD COLUMN chain_position BIGINT;
UPDATE event_hash_chain SET chain_position = global_index;
ALTER TABLE event_hash_chain ALTER COLUMN chain_position SET NOT NULL;
CREATE UNIQUE INDEX uk_event_hash_chain_position ON event_hash_chain (chain_position);

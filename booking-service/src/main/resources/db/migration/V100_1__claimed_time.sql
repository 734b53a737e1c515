-- The time each therapist, room and client is claimed for, written by a subscribing handler in the same
-- transaction as the booking event that claims it. A booking command first locks the rows of the resources it
-- needs (booking_resource), in a fixed order, then reads their claims: two commands for one resource take
-- turns, in one process or in several, and the second sees what the first committed. The unique start per
-- resource is the database's own last word against two claims of the same time.
CREATE TABLE booking_resource (
    resource_id VARCHAR(255) NOT NULL,
    claims      BIGINT       NOT NULL,
    PRIMARY KEY (resource_id)
);

CREATE TABLE claimed_time (
    resource_id VARCHAR(255)             NOT NULL,
    booking_id  VARCHAR(255)             NOT NULL,
    location_id VARCHAR(255)             NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (resource_id, booking_id),
    CONSTRAINT uk_claimed_time_start UNIQUE (resource_id, starts_at)
);

CREATE INDEX ix_claimed_time_booking ON claimed_time (booking_id);

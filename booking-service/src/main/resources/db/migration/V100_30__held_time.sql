-- Which claims hold time for an offer rather than book it (a freed slot offered from the waitlist): the claims
-- themselves stay in claimed_time, where the booking rules see them; this table names their booking id and
-- span, so the availability search can leave held time out with one small read. A row whose claims are gone
-- (declined, expired, or booked and later cancelled) holds nothing: the search joins it with claimed_time.
CREATE TABLE held_time (
    booking_id VARCHAR(255)             NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (booking_id)
);

CREATE INDEX ix_held_time_start ON held_time (starts_at);

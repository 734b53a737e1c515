-- A resource's row is locked with SELECT ... FOR UPDATE, which writes nothing: the count of locks taken, which
-- the UPDATE that used to take the lock kept, goes.
ALTER TABLE booking_resource DROP COLUMN claims;

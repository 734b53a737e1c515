package com.migrainecare.notification.reminder;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code reminders} collection, for plain reads; status changes go through {@link Reminders}. */
interface ReminderRepository extends MongoRepository<Reminder, String> {

    List<Reminder> findByBookingIdAndStatus(String bookingId, ReminderStatus status);
}

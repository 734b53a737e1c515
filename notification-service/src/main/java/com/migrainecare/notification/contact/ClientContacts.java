package com.migrainecare.notification.contact;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The {@code reminder_contacts} collection, one document per client keyed by the client id. */
public interface ClientContacts extends MongoRepository<ClientContact, String> {}

package com.migrainecare.booking.client;

import com.migrainecare.booking.client.ClientProjection.ClientView;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.ClientId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads of the clients projection. */
@Component
public class ClientQueries {

    private final MongoTemplate mongo;

    public ClientQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ClientView get(ClientId id) {
        ClientView view = mongo.findById(id.value(), ClientView.class);
        if (view == null) {
            throw new RuleViolation(ErrorCode.CLIENT_NOT_FOUND, "no such client: " + id);
        }
        return view;
    }
}

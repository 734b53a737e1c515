package com.migrainecare.booking.chain;

import com.migrainecare.booking.chain.LocationProjection.LocationView;
import com.migrainecare.booking.chain.TherapistProjection.TherapistView;
import com.migrainecare.kernel.ErrorCode;
import com.migrainecare.kernel.RuleViolation;
import com.migrainecare.kernel.ids.LocationId;
import com.migrainecare.kernel.ids.TherapistId;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads of the chain's projections: locations and therapists, one by id or all of them. */
@Component
public class ChainQueries {

    private final MongoTemplate mongo;

    public ChainQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<LocationView> locations() {
        return mongo.findAll(LocationView.class);
    }

    public LocationView location(LocationId id) {
        LocationView view = mongo.findById(id.value(), LocationView.class);
        if (view == null) {
            throw new RuleViolation(ErrorCode.LOCATION_NOT_FOUND, "no such location: " + id);
        }
        return view;
    }

    public List<TherapistView> therapists() {
        return mongo.findAll(TherapistView.class);
    }

    public TherapistView therapist(TherapistId id) {
        TherapistView view = mongo.findById(id.value(), TherapistView.class);
        if (view == null) {
            throw new RuleViolation(ErrorCode.THERAPIST_NOT_FOUND, "no such therapist: " + id);
        }
        return view;
    }
}

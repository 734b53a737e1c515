package com.migrainecare.bench.baseline;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The locations. */
public interface BaselineLocations extends MongoRepository<BaselineLocation, String> {}

package com.migrainecare.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The people and places a login stands for: the locations it works for ({@code allLocations} for every location
 * of the chain, including those created later), the therapist it is and the client it is. Carried by the
 * configuration of a user and by the claims of their bearer token.
 */
public record UserLinks(boolean allLocations, Set<String> locationIds, String therapistId, String clientId) {

    public static final UserLinks NONE = new UserLinks(false, Set.of(), null, null);

    static final String ALL_LOCATIONS = "allLocations";
    static final String LOCATION_IDS = "locationIds";
    static final String THERAPIST_ID = "therapistId";
    static final String CLIENT_ID = "clientId";

    public UserLinks {
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds);
    }

    public UserLinks(boolean allLocations, List<String> locationIds, String therapistId, String clientId) {
        this(allLocations, locationIds == null ? Set.of() : Set.copyOf(locationIds), therapistId, clientId);
    }

    /** The links as token claims; absent links are left out. */
    Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (allLocations) {
            claims.put(ALL_LOCATIONS, true);
        }
        if (!locationIds.isEmpty()) {
            claims.put(LOCATION_IDS, locationIds.stream().sorted().toList());
        }
        if (therapistId != null) {
            claims.put(THERAPIST_ID, therapistId);
        }
        if (clientId != null) {
            claims.put(CLIENT_ID, clientId);
        }
        return claims;
    }

    /** The links a checked token carries. */
    public static UserLinks fromClaims(Jwt jwt) {
        List<String> locations = jwt.hasClaim(LOCATION_IDS) ? jwt.getClaimAsStringList(LOCATION_IDS) : List.of();
        return new UserLinks(
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(ALL_LOCATIONS)),
                locations,
                jwt.getClaimAsString(THERAPIST_ID),
                jwt.getClaimAsString(CLIENT_ID));
    }
}

package com.migrainecare.booking.client;

import com.migrainecare.kernel.care.Intake;
import com.migrainecare.kernel.ids.ClientId;

/**
 * The part of a client's record a care plan is built from: the intake, and whether neck-focused work is
 * allowed without an override on the day it was read (no contraindication, or a valid clearance).
 */
public record CareProfile(ClientId clientId, Intake intake, boolean neckWorkCleared) {}

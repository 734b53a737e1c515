/**
 * Who may see and change what: the caller's {@link com.migrainecare.platform.access.Scope} (roles, locations,
 * the therapist or client they are) and one gate per service that applies a rule per path family before any
 * controller runs.
 */
package com.migrainecare.platform.access;

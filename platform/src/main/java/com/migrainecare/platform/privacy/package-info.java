/**
 * Crypto-shredding of personal data in events: a key per client kept outside the events and wrapped by a master
 * key, the Jackson plumbing that seals {@code @PersonalData} fields on write and opens them on read, and the
 * upcaster for events written in clear before.
 */
package com.migrainecare.platform.privacy;

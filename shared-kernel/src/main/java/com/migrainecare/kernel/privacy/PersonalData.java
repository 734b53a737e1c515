package com.migrainecare.kernel.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an event that is personal data of the client the event names ({@link AboutClient#clientId()}). The
 * store keeps it encrypted with that client's own key; once the client's personal data is erased the key is gone
 * and the field reads as {@code null}, while the rest of the event (ids, times, places) stays as it was.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {}

/**
 * The OpenAPI document both services serve: how to authenticate, the problems every operation may answer, and the
 * bounds of every input (declared by the same Bean Validation annotations that the controllers run).
 */
package com.migrainecare.platform.docs;

/** Typed identifiers, opaque strings chosen by the server. */
package com.migrainecare.kernel.ids;

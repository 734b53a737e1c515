/**
 * Who is calling: HTTP Basic over configured users, or a short-lived bearer token traded for a Basic login; their
 * roles and the people and places they are linked to.
 */
package com.migrainecare.platform.security;

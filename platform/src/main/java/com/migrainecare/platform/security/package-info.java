/**
 * Who is calling: HTTP Basic over configured users, a short-lived bearer token traded for a Basic login, or a token
 * of the chain's own identity provider; their roles and the people and places they are linked to.
 */
package com.migrainecare.platform.security;

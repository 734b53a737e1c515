/** Who is calling: HTTP Basic over configured users, their roles and the people and places they are linked to. */
package com.migrainecare.platform.security;

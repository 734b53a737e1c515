/** Test doubles that the services' tests share with the platform's: an identity provider on loopback. */
package com.migrainecare.platform.testing;

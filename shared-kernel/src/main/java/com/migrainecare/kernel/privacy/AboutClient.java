package com.migrainecare.kernel.privacy;

import com.migrainecare.kernel.ids.ClientId;

/** An event that carries {@link PersonalData} of one client: whose key seals it. */
public interface AboutClient {

    ClientId clientId();
}

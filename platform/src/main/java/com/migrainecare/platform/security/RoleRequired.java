package com.migrainecare.platform.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * An identity provider's token that maps to no role of the clinic is authentic but stands for nobody here: it is
 * refused (403) on every endpoint that needs a login, before the service's access rules are asked. Every other
 * caller is decided by those rules.
 */
record RoleRequired(AuthorizationManager<RequestAuthorizationContext> rules)
        implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    @SuppressWarnings("deprecation")
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (authentication.get() instanceof IdentityProviderLogin login && login.hasNoRole()) {
            return new AuthorizationDecision(false);
        }
        return rules.check(authentication, context);
    }
}

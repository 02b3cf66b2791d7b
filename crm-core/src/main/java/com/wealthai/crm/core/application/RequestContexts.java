package com.wealthai.crm.core.application;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;

/** Whether a request context is active: start-up and scheduled work run without one. */
final class RequestContexts {

    private RequestContexts() {
    }

    static boolean active(BeanManager beanManager) {
        try {
            return beanManager.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}

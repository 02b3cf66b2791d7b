package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.ActiveModules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "ask AI about this customer" button of the customer page. It links to the assistant's chat page
 * by URL, which opens a conversation bound to the customer; crm-customers knows the ai module only by
 * its id and that URL, never by its code, and shows the button only while that module is enabled.
 */
@Named("customerAskAi")
@ApplicationScoped
public class AskAiLink {

    static final String AI_MODULE = "ai";
    static final String CHAT_VIEW = "/ai/chat.xhtml";

    @Inject
    ActiveModules modules;

    public boolean isShown() {
        return modules.isEnabled(AI_MODULE);
    }

    /** The chat page's path within the application, for the customer with this id. */
    public String path(long customerId) {
        return CHAT_VIEW + "?customer=" + customerId;
    }
}

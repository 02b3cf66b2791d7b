package com.wealthai.crm.notes.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The alert after login: the first dashboard of a session opens a dialog listing the overdue and
 * today's follow-ups; later visits do not, so it alerts without nagging. Logging in again starts a
 * new session and so alerts again.
 */
@Named
@SessionScoped
public class LoginAlert implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean shown;

    /** True once per session: the first time the dashboard asks. */
    public boolean isDue() {
        if (shown) {
            return false;
        }
        shown = true;
        return true;
    }
}

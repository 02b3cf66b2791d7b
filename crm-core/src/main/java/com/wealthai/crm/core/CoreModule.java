package com.wealthai.crm.core;

import com.wealthai.crm.core.api.CrmModule;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The shell itself, described like any module so that its menu entries, messages and migrations go
 * through the same SPI; it cannot be switched off.
 */
@ApplicationScoped
public class CoreModule implements CrmModule {

    public static final String ID = "core";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String viewPrefix() {
        return "/admin/";
    }

    @Override
    public boolean switchable() {
        return false;
    }
}

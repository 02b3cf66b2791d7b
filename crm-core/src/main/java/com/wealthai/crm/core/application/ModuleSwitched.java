package com.wealthai.crm.core.application;

/**
 * Fired (synchronously, in the switching request) when a module is switched, so that what this
 * request already assembled from the old state (the menu) is assembled again.
 */
public record ModuleSwitched(String moduleId, boolean enabled) {
}

package com.wealthai.crm.core.api;

/**
 * Loads a module's demo data, in demo mode only, once per database, after every module's migrations
 * and in module order. It runs inside a transaction; encrypted fields go through the entities so that
 * they are stored as the application would store them.
 */
public interface DemoDataLoader {

    String moduleId();

    void load();
}

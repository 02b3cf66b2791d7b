package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.application.FollowUpOverview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;

/** The menu entry 営業メモ, with the number of the caller's overdue follow-ups as its badge. */
@ApplicationScoped
public class NotesMenu implements MenuItem {

    @Inject
    FollowUpOverview followUps;

    @Override
    public String moduleId() {
        return NotesModule.ID;
    }

    @Override
    public String labelKey() {
        return "notes.menu.list";
    }

    @Override
    public String icon() {
        return "pi pi-book";
    }

    @Override
    public String view() {
        return "/notes/list.xhtml";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public OptionalLong badge(AccessScope scope) {
        long overdue = followUps.overdueCount(scope);
        return overdue > 0 ? OptionalLong.of(overdue) : OptionalLong.empty();
    }
}

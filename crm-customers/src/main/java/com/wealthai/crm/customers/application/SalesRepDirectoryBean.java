package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.SalesRepDirectory;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Tells the core's user administration who the reps are, so that a user can be linked to one. */
@ApplicationScoped
public class SalesRepDirectoryBean implements SalesRepDirectory {

    @Inject
    SalesReps salesReps;

    @Override
    public List<SalesRepRef> all() {
        return salesReps.all().stream().map(SalesRepDirectoryBean::ref).toList();
    }

    @Override
    public Optional<SalesRepRef> byId(long id) {
        return salesReps.find(id).map(SalesRepDirectoryBean::ref);
    }

    private static SalesRepRef ref(SalesRep rep) {
        return new SalesRepRef(rep.getId(), rep.getRepCode(), rep.getName(), rep.getBranch());
    }
}

package com.wealthai.crm.customers.rest;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.customers.application.SalesReps;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/sales-reps}: the reps the caller may see (a REP themself, a MANAGER their branch, an ADMIN all). */
@Path("sales-reps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SalesRepsResource {

    @Inject
    SalesReps reps;

    @Inject
    AccessScopes scopes;

    @GET
    public List<CustomerJson.Rep> list() {
        return reps.visibleTo(scopes.current()).stream().map(SalesRepsResource::json).toList();
    }

    private static CustomerJson.Rep json(SalesRep r) {
        return new CustomerJson.Rep(r.getId(), r.getRepCode(), r.getName(), r.getDepartment(), r.getBranch(), r.getEmail(),
                r.getPhone(), r.getHireDate(), r.isActive());
    }
}

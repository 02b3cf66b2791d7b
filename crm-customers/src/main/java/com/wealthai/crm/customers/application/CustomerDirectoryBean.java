package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The customers module's door for other modules: customers and reps as summaries, always scoped. */
@ApplicationScoped
public class CustomerDirectoryBean implements CustomerDirectory {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    SalesReps salesReps;

    @Inject
    CustomerSummaries summaries;

    @Override
    public Optional<CustomerSummary> find(long customerId, AccessScope scope) {
        return summaries.of(customerId, scope, LocalDate.now(TOKYO));
    }

    @Override
    public Map<Long, CustomerSummary> findAll(Collection<Long> customerIds, AccessScope scope) {
        Map<Long, CustomerSummary> found = new LinkedHashMap<>();
        for (CustomerSummary customer : summaries.of(customerIds, scope, LocalDate.now(TOKYO))) {
            found.put(customer.id(), customer);
        }
        return found;
    }

    @Override
    public ScopeRestriction restriction(AccessScope scope, String customerIdColumn) {
        return ScopeCondition.sql(scope, customerIdColumn);
    }

    @Override
    public ScopeRestriction riskAboveTolerance(String customerIdColumn, String riskLevelSql,
                                               Map<RiskTolerance, Integer> maxRiskLevel) {
        return ScopeCondition.riskAboveTolerance(customerIdColumn, riskLevelSql, maxRiskLevel);
    }

    @Override
    public ScopeRestriction bornInOrBefore(int year, String customerIdColumn) {
        return ScopeCondition.bornInOrBefore(year, customerIdColumn);
    }

    @Override
    public List<SalesRepSummary> salesReps(AccessScope scope) {
        return salesReps.visibleTo(scope).stream().map(SalesRep::summary).toList();
    }

    public static CustomerSummary summary(Customer c) {
        SalesRep rep = c.getSalesRep();
        return new CustomerSummary(c.getId(), c.getCustomerCode(), c.getName(), c.getNameKana(), c.getType(),
                c.getRiskTolerance(), c.getInvestmentExperience(), c.ageOn(LocalDate.now(TOKYO)),
                rep.getId(), rep.getName(), rep.getBranch());
    }
}

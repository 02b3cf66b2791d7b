package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The customers' published API as the tests' stand-in for crm-customers: four customers of three
 * reps in two branches, with the same scope rules (own book, branch, all, nothing).
 */
public class BookOfCustomers implements CustomerDirectory {

    public static final long REP_SATO = 10;
    public static final long REP_SUZUKI = 20;
    public static final long REP_OSAKA = 30;

    private final Map<Long, CustomerSummary> customers = new LinkedHashMap<>();

    public BookOfCustomers() {
        add(1, "C001", "山田 太郎", REP_SATO, "本店");
        add(2, "C002", "株式会社テスト", REP_SATO, "本店");
        add(3, "C003", "田中 花子", REP_SUZUKI, "本店");
        add(4, "C004", "大阪 一郎", REP_OSAKA, "大阪支店");
    }

    private void add(long id, String code, String name, long rep, String branch) {
        customers.put(id, new CustomerSummary(id, code, name, name, CustomerType.INDIVIDUAL, RiskTolerance.GROWTH,
                InvestmentExperience.ONE_TO_5_YEARS, 50, rep, "rep" + rep, branch));
    }

    private boolean visible(CustomerSummary c, AccessScope scope) {
        return switch (scope.reach()) {
            case ALL -> true;
            case BRANCH -> c.branch().equals(scope.branch());
            case OWN_BOOK -> c.salesRepId() == scope.salesRepId();
            case NONE -> false;
        };
    }

    @Override
    public Optional<CustomerSummary> find(long customerId, AccessScope scope) {
        return Optional.ofNullable(customers.get(customerId)).filter(c -> visible(c, scope));
    }

    @Override
    public Map<Long, CustomerSummary> findAll(Collection<Long> customerIds, AccessScope scope) {
        return customerIds.stream().distinct().map(id -> find(id, scope)).flatMap(Optional::stream)
                .collect(Collectors.toMap(CustomerSummary::id, c -> c));
    }

    @Override
    public ScopeRestriction restriction(AccessScope scope, String customerIdColumn) {
        if (scope.reach() == AccessScope.Reach.ALL) {
            return new ScopeRestriction("TRUE", List.of());
        }
        List<Long> ids = customers.values().stream().filter(c -> visible(c, scope)).map(CustomerSummary::id).toList();
        if (ids.isEmpty()) {
            return new ScopeRestriction("FALSE", List.of());
        }
        String marks = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        return new ScopeRestriction(customerIdColumn + " in (" + marks + ")", List.copyOf(ids));
    }

    @Override
    public ScopeRestriction riskAboveTolerance(String customerIdColumn, String riskLevelSql, Map<RiskTolerance, Integer> maxRiskLevel) {
        throw new UnsupportedOperationException("notes does not ask about risk tolerance");
    }

    @Override
    public ScopeRestriction bornInOrBefore(int year, String column) {
        throw new UnsupportedOperationException("notes does not ask about age");
    }

    @Override
    public List<SalesRepSummary> salesReps(AccessScope scope) {
        return List.of(new SalesRepSummary(REP_SATO, "R001", "佐藤", "本店"), new SalesRepSummary(REP_SUZUKI, "R002", "鈴木", "本店"),
                new SalesRepSummary(REP_OSAKA, "R003", "大阪", "大阪支店"));
    }
}

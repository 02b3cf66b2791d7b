package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The customers module's 18 demo customers as its directory reports them (ids 1–18 in code order,
 * risk tolerance, birth year for the age, rep), for tests of the holdings demo data without that module.
 */
final class DemoCustomers {

    private record Demo(RiskTolerance tolerance, Integer bornIn, long rep) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo(RiskTolerance.STABLE_GROWTH, 1958, 1), new Demo(RiskTolerance.CONSERVATIVE, 1949, 1),
            new Demo(RiskTolerance.GROWTH, 1975, 1), new Demo(RiskTolerance.STABLE_GROWTH, 1968, 2),
            new Demo(RiskTolerance.AGGRESSIVE, 1985, 2), new Demo(RiskTolerance.CONSERVATIVE, 1955, 3),
            new Demo(RiskTolerance.GROWTH, 1979, 3), new Demo(RiskTolerance.STABLE_GROWTH, 1992, 4),
            new Demo(RiskTolerance.GROWTH, 1962, 4), new Demo(RiskTolerance.CONSERVATIVE, 1971, 4),
            new Demo(RiskTolerance.AGGRESSIVE, 1988, 5), new Demo(RiskTolerance.CONSERVATIVE, 1953, 5),
            new Demo(RiskTolerance.STABLE_GROWTH, 1960, 6), new Demo(RiskTolerance.GROWTH, 1983, 6),
            new Demo(RiskTolerance.CONSERVATIVE, 1946, 7), new Demo(RiskTolerance.AGGRESSIVE, 1995, 7),
            new Demo(RiskTolerance.STABLE_GROWTH, null, 3), new Demo(RiskTolerance.CONSERVATIVE, null, 6));

    private DemoCustomers() {
    }

    /**
     * A directory of the demo customers that applies the published scope rule (a rep reaches their own
     * customers, a manager their branch's, an admin everyone); its SQL conditions list the reached ids.
     */
    static CustomerDirectory directory() {
        Map<Long, CustomerSummary> all = all().stream().collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
        return new CustomerDirectory() {
            private boolean visible(CustomerSummary c, AccessScope scope) {
                return switch (scope.reach()) {
                    case ALL -> true;
                    case BRANCH -> scope.branch().equals(c.branch());
                    case OWN_BOOK -> scope.salesRepId() == c.salesRepId();
                    case NONE -> false;
                };
            }

            @Override
            public Optional<CustomerSummary> find(long id, AccessScope scope) {
                return Optional.ofNullable(all.get(id)).filter(c -> visible(c, scope));
            }

            @Override
            public Map<Long, CustomerSummary> findAll(Collection<Long> ids, AccessScope scope) {
                return ids.stream().map(all::get).filter(c -> c != null && visible(c, scope))
                        .collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
            }

            @Override
            public ScopeRestriction restriction(AccessScope scope, String column) {
                return anyOf(column, c -> visible(c, scope));
            }

            /** Each demo customer's allowed maximum, written out by id. */
            @Override
            public ScopeRestriction riskAboveTolerance(String column, String riskLevelSql, Map<RiskTolerance, Integer> maxRiskLevel) {
                String limits = all.values().stream().map(c -> " when " + c.id() + " then "
                        + maxRiskLevel.getOrDefault(c.riskTolerance(), Integer.MAX_VALUE)).collect(Collectors.joining());
                return new ScopeRestriction(riskLevelSql + " > case " + column + limits + " else " + Integer.MAX_VALUE + " end",
                        List.of());
            }

            @Override
            public ScopeRestriction bornInOrBefore(int year, String column) {
                return anyOf(column, c -> {
                    Integer bornIn = DEMO.get((int) c.id() - 1).bornIn();
                    return bornIn != null && bornIn <= year;
                });
            }

            private ScopeRestriction anyOf(String column, java.util.function.Predicate<CustomerSummary> test) {
                Long[] ids = all.values().stream().filter(test).map(CustomerSummary::id).toArray(Long[]::new);
                return new ScopeRestriction(column + " = any(?)", List.of((Object) ids));
            }

            /** The demo reps who have a customer the caller reaches, by id. */
            @Override
            public List<SalesRepSummary> salesReps(AccessScope scope) {
                return all.values().stream().filter(c -> visible(c, scope))
                        .map(c -> new SalesRepSummary(c.salesRepId(), String.format("R%03d", c.salesRepId()), c.salesRepName(), c.branch()))
                        .distinct().sorted(java.util.Comparator.comparingLong(SalesRepSummary::id)).toList();
            }
        };
    }

    static List<CustomerSummary> all() {
        List<CustomerSummary> customers = new ArrayList<>();
        LocalDate today = LocalDate.now(TradeBook.TOKYO);
        for (int i = 0; i < DEMO.size(); i++) {
            Demo d = DEMO.get(i);
            Integer age = d.bornIn() == null ? null : Period.between(LocalDate.of(d.bornIn(), 1, 1), today).getYears();
            customers.add(new CustomerSummary(i + 1, String.format("C%04d", i + 1), "顧客" + (i + 1), "コキャク",
                    d.bornIn() == null ? CustomerType.CORPORATE : CustomerType.INDIVIDUAL, d.tolerance(), null, age,
                    d.rep(), "担当" + d.rep(), d.rep() <= 3 ? "本店営業部" : d.rep() <= 5 ? "新宿支店" : "大阪支店"));
        }
        return customers;
    }
}

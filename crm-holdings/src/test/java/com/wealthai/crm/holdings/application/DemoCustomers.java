package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

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

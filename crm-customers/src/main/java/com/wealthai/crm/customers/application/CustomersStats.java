package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.StatsContribution;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.api.CustomerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customers' figures in {@code /api/stats}, within the caller's scope: customers in all, by type,
 * registered this month (the calendar month in Tokyo), and the sales reps the caller sees.
 */
@ApplicationScoped
public class CustomersStats implements StatsContribution {

    @Inject
    CustomerFigures figures;

    @Inject
    SalesReps salesReps;

    Clock clock = Clock.system(CustomerDirectoryBean.TOKYO);

    @Override
    public String moduleId() {
        return CustomersModule.ID;
    }

    /** Kept per book like the dashboard's figures: an administrator's counts group 100,000 customers. */
    @Inject
    BookFigures bookFigures;

    @Override
    public Map<String, Number> figures(AccessScope scope) {
        LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
        return bookFigures.get(Customers.FIGURES + "stats." + firstOfMonth, scope, () -> count(scope, firstOfMonth));
    }

    private Map<String, Number> count(AccessScope scope, LocalDate firstOfMonth) {
        Map<CustomerType, Long> byType = figures.byType(scope);
        Map<String, Number> result = new LinkedHashMap<>();
        result.put("customers_total", byType.values().stream().mapToLong(Long::longValue).sum());
        result.put("customers_individual", byType.get(CustomerType.INDIVIDUAL));
        result.put("customers_corporate", byType.get(CustomerType.CORPORATE));
        result.put("customers_new_this_month",
                figures.createdSince(firstOfMonth.atStartOfDay(CustomerDirectoryBean.TOKYO).toOffsetDateTime(), scope));
        result.put("sales_reps_total", salesReps.visibleTo(scope).size());
        return Collections.unmodifiableMap(result);
    }
}

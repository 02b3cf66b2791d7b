package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.application.BookMovers;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The dashboard tile of the book's largest unrealised gains and losses, in yen. */
@Named
@RequestScoped
public class MoversWidget {

    static final int SHOWN = 5;

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    private BookMovers movers;
    private Map<Long, CustomerSummary> names;

    public List<HoldingView> getGains() {
        return movers().gains();
    }

    public List<HoldingView> getLosses() {
        return movers().losses();
    }

    public String customerName(long customerId) {
        if (names == null) {
            names = holdings.customers(Stream.concat(getGains().stream(), getLosses().stream())
                    .map(HoldingView::customerId).distinct().toList(), scopes.current());
        }
        CustomerSummary c = names.get(customerId);
        return c == null ? "#" + customerId : c.name();
    }

    private BookMovers movers() {
        if (movers == null) {
            movers = holdings.bookMovers(scopes.current(), SHOWN);
        }
        return movers;
    }
}

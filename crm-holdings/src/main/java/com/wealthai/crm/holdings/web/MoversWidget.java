package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.application.HoldingFilter;
import com.wealthai.crm.holdings.application.HoldingSort;
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

    private List<HoldingView> gains;
    private List<HoldingView> losses;
    private Map<Long, CustomerSummary> names;

    public List<HoldingView> getGains() {
        if (gains == null) {
            gains = holdings.bookPage(HoldingFilter.none(), scopes.current(), HoldingSort.UNREALISED, true, 0, SHOWN)
                    .stream().filter(h -> h.unrealisedGainJpy() != null && h.unrealisedGainJpy().signum() > 0).toList();
        }
        return gains;
    }

    public List<HoldingView> getLosses() {
        if (losses == null) {
            losses = holdings.bookPage(HoldingFilter.none(), scopes.current(), HoldingSort.UNREALISED, false, 0, SHOWN)
                    .stream().filter(h -> h.unrealisedGainJpy() != null && h.unrealisedGainJpy().signum() < 0).toList();
        }
        return losses;
    }

    public String customerName(long customerId) {
        if (names == null) {
            names = holdings.customers(Stream.concat(getGains().stream(), getLosses().stream())
                    .map(HoldingView::customerId).distinct().toList(), scopes.current());
        }
        CustomerSummary c = names.get(customerId);
        return c == null ? "#" + customerId : c.name();
    }
}

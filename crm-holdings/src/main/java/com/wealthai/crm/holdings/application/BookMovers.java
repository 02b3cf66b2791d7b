package com.wealthai.crm.holdings.application;

import java.util.List;

/** A book's positions with the largest unrealised gains and losses in yen, largest first each. */
public record BookMovers(List<HoldingView> gains, List<HoldingView> losses) {

    public BookMovers {
        gains = List.copyOf(gains);
        losses = List.copyOf(losses);
    }
}

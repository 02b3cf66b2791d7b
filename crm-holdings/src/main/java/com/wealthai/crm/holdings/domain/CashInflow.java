package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An expected payment to the customer: a redemption at maturity or a coupon, in yen at today's rate. */
public record CashInflow(LocalDate date, String productCode, String productName, Kind kind, BigDecimal amountJpy) {

    public enum Kind { REDEMPTION, COUPON }
}

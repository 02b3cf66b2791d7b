package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;

/** A sell or redemption of more than the position holds; nothing is changed (the API answers 409). */
public class InsufficientQuantityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal held;
    private final BigDecimal requested;

    public InsufficientQuantityException(BigDecimal held, BigDecimal requested) {
        super("cannot sell " + requested.toPlainString() + ", only " + held.toPlainString() + " held");
        this.held = held;
        this.requested = requested;
    }

    public BigDecimal held() {
        return held;
    }

    public BigDecimal requested() {
        return requested;
    }
}

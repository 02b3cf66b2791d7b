package com.wealthai.crm.customers.application;

import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import java.io.Serializable;

/**
 * What the customer list is narrowed to: typed text (name in kanji or kana, customer code, rep's
 * name), type, risk tolerance and rep. Nulls mean "any".
 */
public record CustomerFilter(String text, CustomerType type, RiskTolerance riskTolerance, Long salesRepId) implements Serializable {

    public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null);
}

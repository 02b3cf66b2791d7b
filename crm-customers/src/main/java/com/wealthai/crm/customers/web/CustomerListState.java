package com.wealthai.crm.customers.web;

import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.application.CustomerFilter;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The customer list's search, filters and position, kept for the session so that coming back from a
 * customer (back button or link) shows the list as the rep left it.
 */
@Named
@SessionScoped
public class CustomerListState implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private CustomerType type;
    private RiskTolerance riskTolerance;
    private Long salesRepId;
    private int first;

    public CustomerFilter filter() {
        return new CustomerFilter(text, type, riskTolerance, salesRepId);
    }

    public void clear() {
        text = null;
        type = null;
        riskTolerance = null;
        salesRepId = null;
        first = 0;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public RiskTolerance getRiskTolerance() {
        return riskTolerance;
    }

    public void setRiskTolerance(RiskTolerance riskTolerance) {
        this.riskTolerance = riskTolerance;
    }

    public Long getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(Long salesRepId) {
        this.salesRepId = salesRepId;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}

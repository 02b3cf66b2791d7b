package com.wealthai.crm.holdings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A product of the product master (商品マスタ); prices refer to {@link #getPriceUnit()} units of quantity. */
@Entity
@Table(name = "products")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_code", nullable = false, unique = true)
    private String productCode;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String currency = "JPY";

    private String issuer;

    @Column(name = "maturity_date")
    private LocalDate maturityDate;

    /** Annual rate in percent (coupons, deposit interest). */
    @Column(name = "interest_rate")
    private BigDecimal interestRate;

    @Column(name = "risk_level", nullable = false)
    private int riskLevel;

    @Column(name = "minimum_investment", nullable = false)
    private BigDecimal minimumInvestment = BigDecimal.ZERO;

    @Column(name = "commission_rate", nullable = false)
    private BigDecimal commissionRate = BigDecimal.ZERO;

    @Column(name = "price_unit", nullable = false)
    private BigDecimal priceUnit = BigDecimal.ONE;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String productCode, String name, String category, String currency, int riskLevel, BigDecimal priceUnit) {
        this.productCode = productCode;
        this.name = name;
        this.category = category;
        this.currency = currency;
        this.riskLevel = riskLevel;
        this.priceUnit = priceUnit;
    }

    /** An empty position in this product, to apply trades to. */
    public Position emptyPosition() {
        return Position.empty(priceUnit, currency);
    }

    public Long getId() { return id; }
    public String getProductCode() { return productCode; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public LocalDate getMaturityDate() { return maturityDate; }
    public void setMaturityDate(LocalDate maturityDate) { this.maturityDate = maturityDate; }
    public BigDecimal getInterestRate() { return interestRate; }
    public void setInterestRate(BigDecimal interestRate) { this.interestRate = interestRate; }
    public int getRiskLevel() { return riskLevel; }
    public void setRiskLevel(int riskLevel) { this.riskLevel = riskLevel; }
    public BigDecimal getMinimumInvestment() { return minimumInvestment; }
    public void setMinimumInvestment(BigDecimal minimumInvestment) { this.minimumInvestment = minimumInvestment; }
    public BigDecimal getCommissionRate() { return commissionRate; }
    public void setCommissionRate(BigDecimal commissionRate) { this.commissionRate = commissionRate; }
    public BigDecimal getPriceUnit() { return priceUnit; }
    /** Only for products nobody holds yet: existing positions are valued in the unit they were bought in. */
    public void setPriceUnit(BigDecimal priceUnit) { this.priceUnit = priceUnit; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}

package com.wealthai.crm.holdings.web;

import com.wealthai.crm.holdings.application.ProductInput;
import com.wealthai.crm.holdings.domain.Product;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the product dialog holds between requests: the administrator's input, kept as typed when a
 * save is refused, and the version of the product it was read at (null when adding).
 */
public class ProductForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;
    private String productCode;
    private String name;
    private String category;
    private String currency = "JPY";
    private String issuer;
    private LocalDate maturityDate;
    private BigDecimal interestRate;
    private Integer riskLevel;
    private BigDecimal minimumInvestment = BigDecimal.ZERO;
    private BigDecimal commissionRate = BigDecimal.ZERO;
    private BigDecimal priceUnit = BigDecimal.ONE;
    private boolean active = true;

    static ProductForm of(Product p) {
        ProductForm f = new ProductForm();
        f.version = p.getVersion();
        f.productCode = p.getProductCode();
        f.name = p.getName();
        f.category = p.getCategory();
        f.currency = p.getCurrency();
        f.issuer = p.getIssuer();
        f.maturityDate = p.getMaturityDate();
        f.interestRate = p.getInterestRate();
        f.riskLevel = p.getRiskLevel();
        f.minimumInvestment = p.getMinimumInvestment();
        f.commissionRate = p.getCommissionRate();
        f.priceUnit = p.getPriceUnit();
        f.active = p.isActive();
        return f;
    }

    ProductInput toInput() {
        return new ProductInput(productCode, name, category, currency, issuer, maturityDate, interestRate, riskLevel,
                minimumInvestment, commissionRate, priceUnit, active);
    }

    public boolean isAdding() {
        return version == null;
    }

    public Long getVersion() { return version; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
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
    public Integer getRiskLevel() { return riskLevel; }
    public void setRiskLevel(Integer riskLevel) { this.riskLevel = riskLevel; }
    public BigDecimal getMinimumInvestment() { return minimumInvestment; }
    public void setMinimumInvestment(BigDecimal minimumInvestment) { this.minimumInvestment = minimumInvestment; }
    public BigDecimal getCommissionRate() { return commissionRate; }
    public void setCommissionRate(BigDecimal commissionRate) { this.commissionRate = commissionRate; }
    public BigDecimal getPriceUnit() { return priceUnit; }
    public void setPriceUnit(BigDecimal priceUnit) { this.priceUnit = priceUnit; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}

package com.wealthai.crm.holdings.web;

import com.wealthai.crm.holdings.application.TradeRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the "record a trade" dialog holds while the rep fills it in. */
public class TradeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String productCode;
    private String transactionType = "BUY";
    private LocalDate tradeDate = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal fees;
    private String suitabilityReason;

    TradeRequest toRequest(long customerId) {
        return new TradeRequest(customerId, productCode, transactionType, tradeDate, quantity, unitPrice, fees, suitabilityReason);
    }

    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public String getTransactionType() { return transactionType; }
    public void setTransactionType(String transactionType) { this.transactionType = transactionType; }
    public LocalDate getTradeDate() { return tradeDate; }
    public void setTradeDate(LocalDate tradeDate) { this.tradeDate = tradeDate; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public BigDecimal getFees() { return fees; }
    public void setFees(BigDecimal fees) { this.fees = fees; }
    public String getSuitabilityReason() { return suitabilityReason; }
    public void setSuitabilityReason(String suitabilityReason) { this.suitabilityReason = suitabilityReason; }
}

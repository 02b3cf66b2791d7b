package com.wealthai.crm.holdings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of the transaction history (取引履歴); never changed once written. */
@Entity
@Table(name = "transactions")
public class Trade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @Column(name = "trade_date", nullable = false, updatable = false)
    private LocalDate tradeDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "transaction_type", nullable = false, updatable = false)
    private TradeType type;

    @Column(nullable = false, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, updatable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false, updatable = false)
    private BigDecimal fees;

    @Column(name = "realized_gain_loss", nullable = false, updatable = false)
    private BigDecimal realizedGainLoss;

    @Column(name = "suitability_reason", updatable = false)
    private String suitabilityReason;

    @Column(name = "needs_approval", nullable = false, updatable = false)
    private boolean needsApproval;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private String enteredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected Trade() {
    }

    public Trade(long customerId, Product product, LocalDate tradeDate, TradeType type, BigDecimal quantity,
                 BigDecimal unitPrice, BigDecimal fees, BigDecimal realizedGainLoss, String suitabilityReason,
                 boolean needsApproval, String enteredBy) {
        this.customerId = customerId;
        this.product = product;
        this.tradeDate = tradeDate;
        this.type = type;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.fees = fees;
        this.realizedGainLoss = realizedGainLoss;
        this.suitabilityReason = suitabilityReason;
        this.needsApproval = needsApproval;
        this.enteredBy = enteredBy;
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public Product getProduct() { return product; }
    public LocalDate getTradeDate() { return tradeDate; }
    public TradeType getType() { return type; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getFees() { return fees; }
    public BigDecimal getRealizedGainLoss() { return realizedGainLoss; }
    public String getSuitabilityReason() { return suitabilityReason; }
    public boolean isNeedsApproval() { return needsApproval; }
    public String getEnteredBy() { return enteredBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}

package com.wealthai.crm.holdings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a customer holds of one product (the seed's {@code holdings}); kept consistent with the
 * transaction history, because only {@link #apply} changes it, in the transaction that records the trade.
 */
@Entity
@Table(name = "holdings")
public class Holding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Id of a customer of crm-customers; no foreign key across modules. */
    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(nullable = false)
    private BigDecimal quantity = BigDecimal.ZERO;

    /** Average acquisition price per price unit (moving average, fees included). */
    @Column(name = "purchase_price", nullable = false)
    private BigDecimal purchasePrice = BigDecimal.ZERO;

    @Column(name = "purchase_date", nullable = false)
    private LocalDate purchaseDate;

    @Column(name = "current_price")
    private BigDecimal currentPrice;

    @Column(name = "unrealized_gain_loss", nullable = false)
    private BigDecimal unrealizedGainLoss = BigDecimal.ZERO;

    /** Sum of the realised gains of this position's sells, in the product's currency. */
    @Column(name = "realized_gain_loss", nullable = false)
    private BigDecimal realizedGainLoss = BigDecimal.ZERO;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    protected Holding() {
    }

    public Holding(long customerId, Product product, LocalDate firstTradeDate) {
        this.customerId = customerId;
        this.product = product;
        this.purchaseDate = firstTradeDate;
    }

    public Position position() {
        return new Position(quantity, purchasePrice, product.getPriceUnit(), product.getCurrency());
    }

    /** Applies a trade to this position and returns what it did; refuses to sell more than is held. */
    public TradeOutcome apply(TradeType type, BigDecimal tradeQuantity, BigDecimal unitPrice, BigDecimal fees,
                              LocalDate tradeDate) {
        TradeOutcome outcome = position().apply(type, tradeQuantity, unitPrice, fees);
        if (type == TradeType.BUY && quantity.signum() == 0) {
            purchaseDate = tradeDate;
        }
        quantity = outcome.after().quantity();
        purchasePrice = outcome.after().averagePrice();
        realizedGainLoss = realizedGainLoss.add(outcome.realisedGain());
        if (currentPrice == null) {
            currentPrice = unitPrice;
        }
        revalue(currentPrice);
        return outcome;
    }

    /** Sets the latest price and the unrealised gain that follows from it. */
    public void revalue(BigDecimal price) {
        currentPrice = price;
        unrealizedGainLoss = position().unrealisedGain(price);
        updatedAt = OffsetDateTime.now();
    }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public Product getProduct() { return product; }
    public BigDecimal getQuantity() { return quantity; }
    public BigDecimal getPurchasePrice() { return purchasePrice; }
    public LocalDate getPurchaseDate() { return purchaseDate; }
    public BigDecimal getCurrentPrice() { return currentPrice; }
    public BigDecimal getUnrealizedGainLoss() { return unrealizedGainLoss; }
    public BigDecimal getRealizedGainLoss() { return realizedGainLoss; }
    public long getVersion() { return version; }
}

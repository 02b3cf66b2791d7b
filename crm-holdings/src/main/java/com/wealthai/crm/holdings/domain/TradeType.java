package com.wealthai.crm.holdings.domain;

/** Kinds of entry in the transaction history (取引履歴). */
public enum TradeType {
    BUY,
    SELL,
    /** Cash income; the position is unchanged. */
    DIVIDEND,
    /** Cash income (coupons, deposit interest); the position is unchanged. */
    INTEREST,
    /** The issuer pays back the principal: treated as a sale at the redemption price. */
    REDEMPTION;

    /** Whether the trade takes quantity out of the position. */
    public boolean reducesPosition() {
        return this == SELL || this == REDEMPTION;
    }

    /** Whether the trade changes the position at all (income does not). */
    public boolean movesPosition() {
        return this == BUY || reducesPosition();
    }
}

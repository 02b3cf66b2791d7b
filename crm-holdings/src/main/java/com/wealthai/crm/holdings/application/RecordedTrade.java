package com.wealthai.crm.holdings.application;

import com.wealthai.crm.holdings.domain.Position;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import java.math.BigDecimal;
import java.util.List;

/**
 * What recording (or previewing) a trade did: the resulting position, the realised gain of the trade,
 * and the suitability flags it raised.
 */
public record RecordedTrade(Long transactionId, Position position, BigDecimal realisedGain, BigDecimal cashFlow,
                            List<SuitabilityFlag> flags, boolean needsApproval) {
}

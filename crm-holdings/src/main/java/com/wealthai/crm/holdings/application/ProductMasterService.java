package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.infrastructure.ProductMasterClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Syncs the product master from the external Product Master API ({@code PRODUCT_MASTER_URL}, bearer
 * {@code PRODUCT_MASTER_TOKEN}), on an administrator's request and daily on a schedule. One
 * transaction: a failed fetch or a bad product changes nothing, and the report says why.
 */
@ApplicationScoped
public class ProductMasterService {

    private static final Logger LOG = Logger.getLogger(ProductMasterService.class.getName());

    @PersistenceContext(unitName = "crm-holdings")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "PRODUCT_MASTER_URL")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "PRODUCT_MASTER_TOKEN")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "PRODUCT_MASTER_TIMEOUT_SECONDS", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    BookFigures figures;

    @Transactional
    public ProductMasterSyncReport sync() {
        if (url.isEmpty() || url.get().isBlank()) {
            return ProductMasterSyncReport.failed("PRODUCT_MASTER_URL is not set");
        }
        ProductMasterClient client = new ProductMasterClient(URI.create(url.get().strip()), token.orElse(null),
                Duration.ofSeconds(timeoutSeconds));
        ProductMasterSyncReport report = new ProductMasterSync(em).run(client::fetch);
        if (report.applied()) {
            audit.record(AuditAction.UPDATE, HoldingsModule.ID, "products", "product_master_sync",
                    "created=" + report.created() + ",updated=" + report.updated());
            figures.changedEverywhere(HoldingsService.FIGURES);
        } else {
            LOG.warning(() -> "Product Master sync changed nothing: " + report.errors());
        }
        return report;
    }
}

package com.wealthai.crm.holdings.application;

import com.wealthai.crm.holdings.domain.Product;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Upserts the Product Master's products by product code, all in the caller's transaction. The
 * products are fetched and checked before anything is written, so a fetch that fails changes nothing.
 */
public class ProductMasterSync {

    private final EntityManager em;

    public ProductMasterSync(EntityManager em) {
        this.em = em;
    }

    /** Applies the fetched list; {@code fetch} throws with a readable reason when the master cannot be used. */
    public ProductMasterSyncReport run(java.util.function.Supplier<List<ProductMasterRecord>> fetch) {
        List<ProductMasterRecord> records;
        try {
            records = fetch.get();
        } catch (RuntimeException e) {
            return ProductMasterSyncReport.failed(e.getMessage());
        }
        Set<String> seen = new HashSet<>();
        for (ProductMasterRecord r : records) {
            if (!seen.add(r.productCode())) {
                return ProductMasterSyncReport.failed("product_code " + r.productCode() + " appears twice");
            }
        }
        Map<String, Product> existing = em.createQuery("select p from Product p where p.productCode in :codes", Product.class)
                .setParameter("codes", seen.isEmpty() ? List.of("") : List.copyOf(seen)).getResultList().stream()
                .collect(Collectors.toMap(Product::getProductCode, Function.identity()));
        int created = 0;
        for (ProductMasterRecord r : records) {
            Product p = existing.get(r.productCode());
            if (p == null) {
                p = new Product(r.productCode(), r.name(), r.category(), r.currency(), r.riskLevel(), r.priceUnit());
                em.persist(p);
                created++;
            }
            copy(r, p);
        }
        em.flush();
        return new ProductMasterSyncReport(records.size(), created, records.size() - created, List.of());
    }

    private static void copy(ProductMasterRecord r, Product p) {
        p.setName(r.name());
        p.setCategory(r.category());
        p.setIssuer(r.issuer());
        p.setMaturityDate(r.maturityDate());
        p.setInterestRate(r.interestRate());
        p.setRiskLevel(r.riskLevel());
        p.setMinimumInvestment(r.minimumInvestment() == null ? BigDecimal.ZERO : r.minimumInvestment());
        p.setCommissionRate(r.commissionRate() == null ? BigDecimal.ZERO : r.commissionRate());
        p.setActive(r.active());
        // Currency and price unit stay as they were for an existing product: positions are valued in them.
    }
}

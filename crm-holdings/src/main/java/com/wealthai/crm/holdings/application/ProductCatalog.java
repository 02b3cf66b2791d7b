package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The product master (商品マスタ) as administrators keep it: browsed a page at a time (a master of a
 * thousand products is never loaded whole), a product added or changed with every broken rule named
 * at its field. Products are never deleted, since holdings and trades refer to them; an administrator
 * deactivates one instead, which keeps it out of new trades. A change is refused when someone else
 * saved the product since it was read (its version), and forgets the dashboard's book-wide figures,
 * which are computed from the master (categories, risk levels, price units, maturities).
 *
 * <p>Only administrators may write; anyone else is told the product does not exist, as pages and
 * the API answer 404 to them.
 */
@ApplicationScoped
public class ProductCatalog {

    @PersistenceContext(unitName = "crm-holdings")
    EntityManager em;

    @Inject
    AccessScopes scopes;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    BookFigures figures;

    /** One page of the products matching the filter, in the given order (ties by code). */
    public List<Product> page(ProductFilter filter, ProductSort sort, boolean descending, int first, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        String order = sort == ProductSort.CODE ? "p.productCode" + (descending ? " desc" : "")
                : sort.jpql + (descending ? " desc" : "") + " nulls last, p.productCode";
        TypedQuery<Product> query = em.createQuery("select p from Product p" + where + " order by " + order, Product.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, size)).getResultList();
    }

    public long count(ProductFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(p) from Product p" + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The usual categories and any others the master already holds (from the Product Master sync), in that order. */
    public List<String> categories() {
        List<String> all = new ArrayList<>(ProductRules.CATEGORIES);
        new TreeSet<>(em.createQuery("select distinct p.category from Product p", String.class).getResultList()).stream()
                .filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }

    public Product find(String productCode) {
        List<Product> found = em.createQuery("select p from Product p where p.productCode = :code", Product.class)
                .setParameter("code", productCode == null ? "" : productCode.strip()).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException(messages.get("holdings.product.notFound", productCode));
        }
        return found.get(0);
    }

    /** Adds a product: 422 with every broken rule, 409 when its code is taken, 404 for non-administrators. */
    @Transactional
    public Product add(ProductInput input) {
        requireAdmin(input.productCode());
        ProductInput in = ProductRules.normalised(input);
        List<FieldError> errors = new ProductRules(messages).check(in, true, categories());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (codeTaken(in.productCode())) {
            throw new ConflictException(messages.get("holdings.product.error.codeTaken", in.productCode()));
        }
        Product product = new Product(in.productCode(), in.name(), in.category(), in.currency(), in.riskLevel(), in.priceUnit());
        copy(in, product);
        em.persist(product);
        em.flush();
        audit.record(AuditAction.CREATE, HoldingsModule.ID, "product", product.getProductCode(), null);
        figures.changedEverywhere(HoldingsService.FIGURES);
        return product;
    }

    /**
     * Changes the product of that code as it was at {@code expectedVersion}: 412 when it has been
     * saved since, 422 with every broken rule, 404 for an unknown code or a non-administrator.
     */
    @Transactional
    public Product update(String productCode, long expectedVersion, ProductInput input) {
        requireAdmin(productCode);
        Product product = find(productCode);
        if (product.getVersion() != expectedVersion) {
            throw new StaleVersionException(messages.get("holdings.product.stale"));
        }
        ProductInput in = ProductRules.normalised(input);
        ProductRules rules = new ProductRules(messages);
        List<FieldError> errors = new ArrayList<>(rules.check(in, false, categories()));
        boolean unitChanged = in.priceUnit() != null && in.priceUnit().compareTo(product.getPriceUnit()) != 0;
        if (unitChanged && errors.stream().noneMatch(e -> e.field().equals("price_unit")) && isHeld(product)) {
            // positions were bought and are valued per the old unit: changing it would misvalue them all
            errors.add(rules.error("price_unit", "priceUnitHeld"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> changed = changedFields(product, in);
        if (changed.isEmpty()) {
            return product;
        }
        product.setName(in.name());
        product.setCategory(in.category());
        product.setCurrency(in.currency());
        product.setRiskLevel(in.riskLevel());
        product.setPriceUnit(in.priceUnit());
        copy(in, product);
        try {
            em.flush();
        } catch (OptimisticLockException savedInBetween) {
            throw new StaleVersionException(messages.get("holdings.product.stale"));
        }
        audit.record(AuditAction.UPDATE, HoldingsModule.ID, "product", product.getProductCode(), String.join(",", changed));
        figures.changedEverywhere(HoldingsService.FIGURES);
        return product;
    }

    private void requireAdmin(String productCode) {
        if (!scopes.current().isAdmin()) {
            throw new RecordNotFoundException(messages.get("holdings.product.notFound", productCode));
        }
    }

    private boolean codeTaken(String code) {
        return em.createQuery("select count(p) from Product p where lower(p.productCode) = :code", Long.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    private boolean isHeld(Product product) {
        return em.createQuery("select count(h) from Holding h where h.product = :p", Long.class)
                .setParameter("p", product).getSingleResult() > 0;
    }

    private static void copy(ProductInput in, Product product) {
        product.setIssuer(in.issuer());
        product.setMaturityDate(in.maturityDate());
        product.setInterestRate(in.interestRate());
        product.setMinimumInvestment(in.minimumInvestment());
        product.setCommissionRate(in.commissionRate());
        product.setActive(in.active());
    }

    /** The names of the fields the input changes, for the audit trail (names only, as everywhere). */
    private static List<String> changedFields(Product p, ProductInput in) {
        Map<String, Boolean> fields = new LinkedHashMap<>();
        fields.put("name", !Objects.equals(p.getName(), in.name()));
        fields.put("category", !Objects.equals(p.getCategory(), in.category()));
        fields.put("currency", !Objects.equals(p.getCurrency(), in.currency()));
        fields.put("issuer", !Objects.equals(p.getIssuer(), in.issuer()));
        fields.put("maturity_date", !Objects.equals(p.getMaturityDate(), in.maturityDate()));
        fields.put("interest_rate", differs(p.getInterestRate(), in.interestRate()));
        fields.put("risk_level", p.getRiskLevel() != in.riskLevel());
        fields.put("minimum_investment", differs(p.getMinimumInvestment(), in.minimumInvestment()));
        fields.put("commission_rate", differs(p.getCommissionRate(), in.commissionRate()));
        fields.put("price_unit", differs(p.getPriceUnit(), in.priceUnit()));
        fields.put("active", p.isActive() != in.active());
        return fields.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
    }

    private static String where(ProductFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(p.productCode) like :text escape '\\' or lower(p.name) like :text escape '\\')");
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            conditions.add("p.category = :category");
            params.put("category", filter.category());
        }
        if (filter.active() != null) {
            conditions.add("p.active = :active");
            params.put("active", filter.active());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}

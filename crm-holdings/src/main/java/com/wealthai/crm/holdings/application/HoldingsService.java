package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import com.wealthai.crm.holdings.domain.Trade;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The holdings use cases for pages, API and AI tools, always within the caller's scope: a customer
 * the caller may not see is "not found", exactly like one that does not exist.
 */
@ApplicationScoped
public class HoldingsService {

    /** The prefix of this module's {@link BookFigures}: every book-wide figure's name starts with it. */
    public static final String FIGURES = HoldingsModule.ID + ".";

    @PersistenceContext(unitName = "crm-holdings")
    EntityManager em;

    /** Resolved per call: without a customers implementation no customer is visible, so everything is 404. */
    @Inject
    Instance<CustomerDirectory> customers;

    @Inject
    AccessScopes scopes;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    /** The dashboard's book-wide figures, forgotten here when a trade or a price changes them. */
    @Inject
    BookFigures figures;

    /** Highest product risk level per risk tolerance, e.g. {@code CONSERVATIVE=2,STABLE_GROWTH=3}; blank = defaults. */
    @Inject
    @ConfigProperty(name = "HOLDINGS_SUITABILITY_MAX_RISK", defaultValue = " ")
    String suitabilityMapping;

    private SuitabilityPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = SuitabilityPolicy.parse(suitabilityMapping);
    }

    @Transactional
    public CustomerPortfolio portfolio(long customerId) {
        return portfolio(customerId, scopes.current());
    }

    /** For callers that carry their scope with them (AI tools). */
    @Transactional
    public CustomerPortfolio portfolio(long customerId, AccessScope scope) {
        return portfolioOf(visibleCustomer(customerId, scope));
    }

    /**
     * The customer page's holdings section: positions, realised gains and the latest trades, read in
     * one transaction after one check that the caller may see the customer (three calls were three
     * transactions and three checks on every customer page).
     */
    @Transactional
    public CustomerSection customerSection(long customerId, int recentTrades) {
        CustomerSummary customer = visibleCustomer(customerId);
        return new CustomerSection(portfolioOf(customer), realisedOf(customerId), tradesOf(customerId, 0, recentTrades));
    }

    private CustomerPortfolio portfolioOf(CustomerSummary customer) {
        List<HoldingView> holdings = new Valuation(em).ofCustomer(customer.id(), LocalDate.now(TradeBook.TOKYO));
        Map<String, List<SuitabilityFlag>> flags = new LinkedHashMap<>();
        holdings.forEach(h -> flags.put(h.productCode(), policy.assessPosition(customer.riskTolerance(), h.riskLevel())));
        PortfolioAnalysis analysis = new PortfolioAnalysis(
                holdings.stream().map(Valuation::forAnalysis).filter(Objects::nonNull).toList());
        audit.viewed(HoldingsModule.ID, "customer_holdings", customer.id());
        return new CustomerPortfolio(customer, holdings, flags, analysis);
    }

    /** Realised gains of all the customer's positions, closed ones included, in yen. */
    private java.math.BigDecimal realisedOf(long customerId) {
        return new Valuation(em).realisedGainJpy(customerId, LocalDate.now(TradeBook.TOKYO));
    }

    @Transactional
    public List<Trade> transactions(long customerId, int offset, int limit) {
        return transactions(customerId, offset, limit, scopes.current());
    }

    @Transactional
    public List<Trade> transactions(long customerId, int offset, int limit, AccessScope scope) {
        visibleCustomer(customerId, scope);
        return tradesOf(customerId, offset, limit);
    }

    private List<Trade> tradesOf(long customerId, int offset, int limit) {
        audit.viewed(HoldingsModule.ID, "customer_transactions", customerId);
        return em.createQuery("select t from Trade t join fetch t.product where t.customerId = :c"
                        + " order by t.tradeDate desc, t.id desc", Trade.class)
                .setParameter("c", customerId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Transactional
    public long transactionCount(long customerId) {
        visibleCustomer(customerId);
        return em.createQuery("select count(t) from Trade t where t.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
    }

    /** Records a trade; 422 on invalid input, 409 when selling more than held, 404 outside scope. */
    @Transactional
    public RecordedTrade record(TradeRequest request) {
        AccessScope scope = scopes.current();
        CustomerSummary customer = visibleCustomer(request.customerId());
        RecordedTrade recorded = new TradeBook(em, messages, policy).record(customer, request, scope.login());
        audit.record(AuditAction.CREATE, HoldingsModule.ID, "transaction", recorded.transactionId(),
                "customer_id,product_code,transaction_type,trade_date,quantity,unit_price,fees"
                        + (request.suitabilityReason() == null || request.suitabilityReason().isBlank() ? "" : ",suitability_reason"));
        figures.changed(FIGURES, customer.salesRepId(), customer.branch());
        return recorded;
    }

    /** What the trade would do, for the confirmation step; nothing is written. */
    @Transactional
    public RecordedTrade preview(TradeRequest request) {
        return new TradeBook(em, messages, policy).preview(visibleCustomer(request.customerId()), request);
    }

    /** One page of the caller's whole book (own book, branch or everything), valued today. */
    @Transactional
    public List<HoldingView> bookPage(HoldingFilter filter, AccessScope scope, HoldingSort sort, boolean descending,
                                      int first, int size) {
        return book().page(filter, scope, sort, descending, first, size, LocalDate.now(TradeBook.TOKYO));
    }

    @Transactional
    public BookTotals bookTotals(HoldingFilter filter, AccessScope scope) {
        return book().totals(filter, scope, LocalDate.now(TradeBook.TOKYO));
    }

    /**
     * The caller's whole book in yen (totals, allocation by category) for the dashboard and the stats,
     * kept for a minute per book: a manager's book is 20,000 positions, an administrator's 400,000.
     */
    @Transactional
    public BookSummary bookSummary(AccessScope scope) {
        return figures.get(FIGURES + "summary", scope,
                () -> new BookAggregates(em, directoryOrNone()).summary(scope, LocalDate.now(TradeBook.TOKYO)));
    }

    /** The positions of the caller's book with the largest gains and losses, kept for a minute per book. */
    @Transactional
    public BookMovers bookMovers(AccessScope scope, int shown) {
        return figures.get(FIGURES + "movers." + shown, scope,
                () -> new BookAggregates(em, directoryOrNone()).movers(scope, LocalDate.now(TradeBook.TOKYO), shown));
    }

    /**
     * The caller's positions above their customers' risk tolerance, for the dashboard: counts and the
     * largest; kept for a minute per book.
     */
    @Transactional
    public SuitabilityAlerts suitabilityAlerts(AccessScope scope, int shown) {
        return figures.get(FIGURES + "alerts." + shown, scope, () -> book().unsuitable(scope, LocalDate.now(TradeBook.TOKYO), shown));
    }

    /** The caller's customers aged 75 or more holding risk 4–5, the largest holders; kept for a minute per book. */
    @Transactional
    public ElderlyHighRisk elderlyHighRisk(AccessScope scope, int shown) {
        LocalDate today = LocalDate.now(TradeBook.TOKYO);
        return figures.get(FIGURES + "elderly." + today + "." + shown, scope, () -> book().elderlyHighRisk(scope, today, shown));
    }

    /** The caller's positions in products maturing from today to {@code days} days later (Asia/Tokyo). */
    @Transactional
    public Maturities maturities(AccessScope scope, int days, int shown) {
        LocalDate today = LocalDate.now(TradeBook.TOKYO);
        return figures.get(FIGURES + "maturities." + today + "." + days + "." + shown, scope,
                () -> book().maturing(scope, today, today.plusDays(days), shown));
    }

    @Transactional
    public List<String> bookCategories(AccessScope scope) {
        return book().categories(scope, LocalDate.now(TradeBook.TOKYO));
    }

    /** The customers of the given ids the caller may see, for names in book-wide lists. */
    public Map<Long, CustomerSummary> customers(java.util.Collection<Long> ids, AccessScope scope) {
        CustomerDirectory directory = directory();
        return directory == null || ids.isEmpty() ? Map.of() : directory.findAll(ids, scope);
    }

    /** The customer's value at the last twelve month-ends and today, with today's quantities; 404 outside scope. */
    @Transactional
    public List<ValuationPoint> valuationHistory(long customerId, AccessScope scope) {
        visibleCustomer(customerId, scope);
        return new BookAnalysis(em).of(new ScopeRestriction("h.customer_id = ?", List.of(customerId)),
                LocalDate.now(TradeBook.TOKYO)).history();
    }

    /**
     * The portfolio analysis of a book, computed in the database: the given rep's book when
     * {@code repId} is set (a rep the caller may see, else "not found": a REP only themselves, a
     * MANAGER the reps of the branch), otherwise everything the caller reaches.
     */
    @Transactional
    public BookPortfolio bookPortfolio(Long repId, AccessScope scope) {
        CustomerDirectory directory = directory();
        if (directory == null) {
            throw new RecordNotFoundException(messages.get("holdings.customer.notFound", "*"));
        }
        BookScope book = BookScope.of(directory, scope, repId)
                .orElseThrow(() -> new RecordNotFoundException(messages.get("holdings.analysis.repNotFound", repId)));
        LocalDate today = LocalDate.now(TradeBook.TOKYO);
        // kept a minute per book, like the dashboard's figures: a whole firm's analysis takes 200 ms and more
        BookPortfolio portfolio = figures.get(FIGURES + "portfolio." + (repId == null ? "*" : repId) + "." + today, scope, () -> {
            BookAnalysis.Result result = new BookAnalysis(em).of(book.restriction(), today);
            return new BookPortfolio(book.rep(), result.analysis(), result.holdings(), result.history());
        });
        audit.viewed(HoldingsModule.ID, "book_portfolio", repId == null ? "*" : repId);
        return portfolio;
    }

    /** The reps whose book the caller may analyse: themselves, their branch's, or all. */
    public List<SalesRepSummary> salesReps(AccessScope scope) {
        CustomerDirectory directory = directory();
        return directory == null ? List.of() : directory.salesReps(scope);
    }

    /** Without a customers implementation nobody is visible: an empty book rather than everyone's. */
    private BookHoldings book() {
        return new BookHoldings(em, directoryOrNone(), policy);
    }

    private CustomerDirectory directoryOrNone() {
        CustomerDirectory directory = directory();
        if (directory == null) {
            throw new RecordNotFoundException(messages.get("holdings.customer.notFound", "*"));
        }
        return directory;
    }

    /**
     * Applies a price CSV ({@code product_code,date,price}) in one go, or nothing when any row is bad;
     * administrators only. The report lists each bad row.
     */
    @Transactional
    public PriceImportReport importPrices(String csv) {
        if (!scopes.current().isAdmin()) {
            throw new RecordNotFoundException(messages.get("holdings.customer.notFound", "*"));
        }
        PriceImportReport report = new PriceImport(em, messages).run(new java.io.StringReader(csv == null ? "" : csv));
        if (report.applied()) {
            audit.record(AuditAction.UPDATE, HoldingsModule.ID, "product_prices", null,
                    "prices=" + report.pricesApplied() + ",holdings_revalued=" + report.holdingsRevalued());
            figures.changedEverywhere(FIGURES);
        }
        return report;
    }

    public List<Product> products(boolean activeOnly) {
        return em.createQuery("select p from Product p" + (activeOnly ? " where p.active = true" : "")
                + " order by p.category, p.productCode", Product.class).getResultList();
    }

    /**
     * Active products whose code or name contains the text (any case), by code, at most {@code limit}:
     * the trade form's picker, which must not list a master of a thousand products in one menu.
     */
    public List<Product> findProducts(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("select p from Product p where p.active = true and (lower(p.productCode) like :text escape '\\'"
                        + " or lower(p.name) like :text escape '\\') order by p.productCode", Product.class)
                .setParameter("text", like).setMaxResults(limit).getResultList();
    }

    /** The products with the given codes, by code. */
    public List<Product> productsByCode(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Product p where p.productCode in :codes order by p.productCode", Product.class)
                .setParameter("codes", codes).getResultList();
    }

    /** The customers module's directory, or null while no implementation is deployed. */
    CustomerDirectory directory() {
        return customers.isResolvable() ? customers.get() : null;
    }

    public SuitabilityPolicy policy() {
        return policy;
    }

    private CustomerSummary visibleCustomer(long customerId) {
        return visibleCustomer(customerId, scopes.current());
    }

    private CustomerSummary visibleCustomer(long customerId, AccessScope scope) {
        CustomerDirectory directory = directory();
        Optional<CustomerSummary> customer = directory == null ? Optional.empty() : directory.find(customerId, scope);
        return customer.orElseThrow(() -> new RecordNotFoundException(messages.get("holdings.customer.notFound", customerId)));
    }
}

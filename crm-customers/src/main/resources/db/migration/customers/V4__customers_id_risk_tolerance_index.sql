-- Holdings finds unsuitable positions with "exists (select 1 from customers c where c.id = h.customer_id
-- and <product risk> > <maximum of c.risk_tolerance>)" (ScopeCondition.riskAboveTolerance, for the
-- suitability-alert tile and the holdings list's "unsuitable only" filter). Covering the tolerance,
-- the primary-key probes and the whole-book hash read this narrow index instead of the wide customer
-- rows (encrypted personal fields).
create index customers_id_risk_tolerance_idx on customers (id) include (risk_tolerance);

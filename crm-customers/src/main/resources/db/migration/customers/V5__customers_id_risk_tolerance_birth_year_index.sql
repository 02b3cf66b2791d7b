-- Holdings finds unsuitable positions with "exists (select 1 from customers c where c.id = h.customer_id
-- and <product risk> > <maximum of c.risk_tolerance>)" (ScopeCondition.riskAboveTolerance) and elderly
-- customers with "... and c.birth_year <= ?" (ScopeCondition.bornInOrBefore), for the suitability-alert
-- tile and the holdings list's "unsuitable only" filter. Covering both columns, the primary-key probes
-- (a rep's rows) and the whole-book hash read this narrow index instead of the wide customer rows
-- (encrypted personal fields). V4's (risk_tolerance, id) served the per-tolerance sub-selects those
-- conditions replaced, and goes.
create index customers_id_risk_tolerance_birth_year_idx on customers (id) include (risk_tolerance, birth_year);
drop index customers_risk_tolerance_id_idx;

-- Holdings finds unsuitable positions with "customer_id in (select id from customers where
-- risk_tolerance in (…))" (ScopeCondition.riskTolerance, for the suitability-alert tile and the
-- holdings list's "unsuitable only" filter). An index-only scan on (risk_tolerance, id) serves it
-- instead of reading every customer row (wide: encrypted personal fields).
create index customers_risk_tolerance_id_idx on customers (risk_tolerance, id);

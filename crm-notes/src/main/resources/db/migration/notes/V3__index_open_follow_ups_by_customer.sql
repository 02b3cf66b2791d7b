-- A branch manager's overdue badge (on every page) and follow-up lists restrict notes to the branch's
-- 5,000 customers ("customer_id in (select ...)"). Probing the customer timeline index then read all
-- 15,000 notes of those customers to keep the ~450 open overdue ones: 20 ms per page. This partial
-- index holds only open follow-ups, keyed by customer, so each probe finds them directly.
create index sales_notes_open_by_customer_idx on sales_notes (customer_id, follow_up_date)
    where status in ('OPEN', 'IN_PROGRESS') and follow_up_date is not null;

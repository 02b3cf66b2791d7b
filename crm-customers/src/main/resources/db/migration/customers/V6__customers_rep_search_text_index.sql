-- A search of one or two characters (おの, 山) has no trigram for customers_search_trgm_idx to look
-- up: used anyway, that index hands back every customer to be checked again, once per rep of a
-- manager's branch (100 ms and more at 100,000 customers). Such a search now reads the caller's
-- customers by rep from this index, search text and kana included, checks the text there and sorts
-- only the matches (CustomerSearch): 2–4 ms for a branch of 5,000 customers.
create index customers_rep_search_text_idx on customers (sales_rep_id) include (search_text, name_kana, id);

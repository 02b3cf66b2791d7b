-- Stand-in for crm-holdings' tables (a copy of that module's V1 as of its first commit) while its
-- migrations are not in the reactor yet; the test creates them only when the real tables are absent.
create table products (
    id                  bigserial primary key,
    product_code        varchar(20)   not null unique,
    name                varchar(200)  not null,
    category            varchar(20)   not null,
    currency            char(3)       not null default 'JPY',
    issuer              varchar(200),
    maturity_date       date,
    interest_rate       numeric(7, 4),
    risk_level          smallint      not null check (risk_level between 1 and 5),
    minimum_investment  numeric(18, 2) not null default 0 check (minimum_investment >= 0),
    commission_rate     numeric(7, 4)  not null default 0 check (commission_rate >= 0),
    price_unit          numeric(12, 0) not null default 1 check (price_unit > 0),
    active              boolean       not null default true,
    version             bigint        not null default 0,
    updated_at          timestamptz   not null default now()
);
create index products_category on products (category);

create table product_prices (
    product_id  bigint        not null references products (id),
    price_date  date          not null,
    price       numeric(18, 6) not null check (price >= 0),
    primary key (product_id, price_date)
);

-- Yen per one unit of the currency on a date (JPY itself is not stored: always 1).
create table fx_rates (
    currency    char(3)        not null,
    rate_date   date           not null,
    jpy_rate    numeric(14, 6) not null check (jpy_rate > 0),
    primary key (currency, rate_date)
);

create table holdings (
    id                    bigserial primary key,
    customer_id           bigint         not null,
    product_id            bigint         not null references products (id),
    quantity              numeric(18, 4) not null check (quantity >= 0),
    purchase_price        numeric(18, 6) not null check (purchase_price >= 0),
    purchase_date         date           not null,
    current_price         numeric(18, 6),
    unrealized_gain_loss  numeric(18, 2) not null default 0,
    realized_gain_loss    numeric(18, 2) not null default 0,
    version               bigint         not null default 0,
    updated_at            timestamptz    not null default now(),
    unique (customer_id, product_id)
);
create index holdings_product on holdings (product_id);

create table transactions (
    id                   bigserial primary key,
    customer_id          bigint         not null,
    product_id           bigint         not null references products (id),
    trade_date           date           not null,
    transaction_type     varchar(12)    not null
        check (transaction_type in ('BUY', 'SELL', 'DIVIDEND', 'INTEREST', 'REDEMPTION')),
    quantity             numeric(18, 4) not null check (quantity > 0),
    unit_price           numeric(18, 6) not null check (unit_price >= 0),
    fees                 numeric(18, 2) not null default 0 check (fees >= 0),
    realized_gain_loss   numeric(18, 2) not null default 0,
    -- Why a buy above the customer's risk tolerance was made anyway (適合性), and whether it awaits
    -- a manager's approval under the elderly-customer guideline.
    suitability_reason   varchar(1000),
    needs_approval       boolean        not null default false,
    entered_by           varchar(100)   not null,
    created_at           timestamptz    not null default now()
);
create index transactions_customer_date on transactions (customer_id, trade_date desc, id desc);
create index transactions_product on transactions (product_id);

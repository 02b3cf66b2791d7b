-- Sales reps and customers, as the original system's tables, plus corporate customers, versions and
-- who-changed-what. Personal fields are stored encrypted (text "v1:<key id>:…"); names, kana and
-- codes stay in clear because reps search and sort on them. search_text holds name, kana and code
-- folded (katakana to hiragana, full width to half width, lower case) for partial matching with
-- pg_trgm; phone_index is a keyed digest of the phone's digits for the duplicate check.

create extension if not exists pg_trgm;

create table sales_representatives (
    id          bigserial primary key,
    rep_code    varchar(20)  not null unique,
    name        varchar(100) not null,
    department  varchar(100),
    branch      varchar(50)  not null,
    email       varchar(200),
    phone       varchar(30),
    hire_date   date,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index sales_representatives_branch_idx on sales_representatives (branch);

create table customers (
    id                    bigserial primary key,
    customer_code         varchar(20)  not null unique,
    customer_type         varchar(12)  not null check (customer_type in ('INDIVIDUAL', 'CORPORATE')),
    name                  varchar(200) not null,
    name_kana             varchar(200) not null,
    representative_name   varchar(100),
    established_date      date,
    birth_date            text,
    birth_year            integer,
    gender                varchar(10) check (gender in ('MALE', 'FEMALE', 'OTHER')),
    phone                 text,
    phone_index           varchar(64),
    email                 text,
    address               text,
    occupation            varchar(100),
    annual_income         text,
    net_worth             text,
    risk_tolerance        varchar(20)  not null check (risk_tolerance in ('CONSERVATIVE', 'STABLE_GROWTH', 'GROWTH', 'AGGRESSIVE')),
    investment_experience varchar(20)  not null check (investment_experience in ('NONE', 'LESS_THAN_1_YEAR', 'ONE_TO_5_YEARS', 'OVER_5_YEARS')),
    sales_rep_id          bigint       not null references sales_representatives (id),
    search_text           text         not null,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    created_by            varchar(100),
    updated_at            timestamptz  not null default now(),
    updated_by            varchar(100)
);

create index customers_sales_rep_idx on customers (sales_rep_id, name_kana);
create index customers_kana_idx on customers (name_kana, id);
create index customers_search_trgm_idx on customers using gin (search_text gin_trgm_ops);
create index customers_phone_index_idx on customers (phone_index);
create index customers_name_idx on customers (name);

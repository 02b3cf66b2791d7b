-- Conversations with the AI assistant, per user; optionally bound to one customer (by id only:
-- crm-ai does not know the customers module).
create table ai_conversation (
    id          varchar(36)  primary key,
    user_id     bigint       not null,
    title       varchar(200) not null,
    customer_id bigint,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index ai_conversation_user on ai_conversation (user_id, updated_at desc);

-- Every message of a conversation: the user's question, each tool call with its result, the answer
-- (with the tokens it cost) or the error shown instead.
create table ai_message (
    id              bigint generated always as identity primary key,
    conversation_id varchar(36)  not null references ai_conversation (id) on delete cascade,
    role            varchar(16)  not null check (role in ('USER', 'ASSISTANT', 'TOOL', 'ERROR')),
    content         text,
    tool_name       varchar(100),
    tool_input      text,
    tool_result     text,
    tool_round      integer,
    input_tokens    integer,
    output_tokens   integer,
    model           varchar(200),
    created_at      timestamptz  not null
);
create index ai_message_conversation on ai_message (conversation_id, id);
create index ai_message_usage on ai_message (created_at) where role = 'ASSISTANT';

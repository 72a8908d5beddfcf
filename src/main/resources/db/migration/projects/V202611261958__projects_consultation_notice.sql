-- What a buyer writes for the eForms notice that announces a project's market dialogue, beyond the project's own
-- facts: one row per project, created on the first save. Texts left empty fall back to the project's title, need
-- and region when the notice is made. The exported files are not kept; the audit trail records each export.
create table project_consultation_notice (
    project_id                 uuid primary key references project (id),
    notice_type                varchar(30) not null,
    language_norwegian         boolean not null,
    language_english           boolean not null,
    contact_name               varchar(200),
    contact_email              varchar(254),
    contact_phone              varchar(30),
    buyer_town                 varchar(100),
    buyer_postcode             varchar(4),
    buyer_nuts                 varchar(10),
    title_norwegian            varchar(400),
    title_english              varchar(400),
    description_norwegian      text,
    description_english        text,
    response_deadline          date,
    dialogue_start             date,
    dialogue_end               date,
    planned_competition_notice date,
    response_url               varchar(400),
    review_name                varchar(200),
    review_org_number          varchar(9),
    review_town                varchar(100),
    review_postcode            varchar(4),
    review_nuts                varchar(10),
    updated_by                 uuid,
    updated_at                 timestamp with time zone not null,
    version                    bigint not null,
    constraint project_consultation_notice_type check (notice_type in ('PRIOR_INFORMATION_ONLY',
        'PRE_MARKET_CONSULTATION'))
);

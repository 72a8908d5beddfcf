-- One-to-one meetings of the market dialogue: the buyer's team publishes slots of one length per announcement, each
-- with the people present by role; a registered company books one. The booking lives on the slot's own row, so the
-- version column refuses a second booking of the same slot, and the unique constraint lets a company hold at most one
-- slot per announcement (a free slot's company is null, and nulls never collide).
create table dialogue_meeting_slot (
    id                uuid primary key,
    announcement_id   uuid not null references dialogue_announcement (id),
    starts_at         timestamp with time zone not null,
    ends_at           timestamp with time zone not null,
    place             varchar(300) not null,
    created_by        uuid not null,
    created_at        timestamp with time zone not null,
    booked_company_id uuid,
    booked_by         uuid,
    booked_at         timestamp with time zone,
    minutes           text,
    minutes_by        uuid,
    minutes_at        timestamp with time zone,
    version           bigint not null,
    constraint dialogue_meeting_slot_one_per_company unique (announcement_id, booked_company_id),
    constraint dialogue_meeting_slot_start unique (announcement_id, starts_at)
);

create index dialogue_meeting_slot_announcement on dialogue_meeting_slot (announcement_id, starts_at);

create table dialogue_meeting_present (
    slot_id    uuid not null references dialogue_meeting_slot (id),
    sort_order integer not null,
    role       varchar(20) not null,
    name       varchar(200) not null,
    primary key (slot_id, sort_order)
);

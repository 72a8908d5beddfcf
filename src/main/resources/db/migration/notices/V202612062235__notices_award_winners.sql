-- The winning tenderers of result notices (efac:NoticeResult → efac:LotTender → efac:TenderingParty → efac:Tenderer →
-- efac:Organization/efac:Company), with the Norwegian organisation number where there is one: supplier follow-up
-- counts the contracts a supplier won later.
create table notice_opportunity_winner (
    opportunity_id uuid not null references notice_opportunity (id),
    idx            int not null,
    name           varchar(400) not null,
    company_id     varchar(100),
    org_number     varchar(9),
    primary key (opportunity_id, idx)
);
create index notice_opportunity_winner_by_org_number on notice_opportunity_winner (org_number);

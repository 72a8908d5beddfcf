-- Sign-in identities a person has linked to their account (ID-porten, Entra ID, …): the client registration and
-- the provider's subject identifier (ID-porten's is pairwise). One person per identity, one identity per provider
-- per person. No national identity number is stored.
create table linked_identity (
    id              uuid primary key,
    person_id       uuid not null references person (id),
    registration_id varchar(100) not null,
    subject         varchar(255) not null,
    linked_at       timestamp with time zone not null,
    constraint linked_identity_once unique (registration_id, subject),
    constraint linked_identity_one_per_provider unique (person_id, registration_id)
);

-- The language a person last chose (nb, nn or en): mail and other messages to them are written in it.
alter table person add column language varchar(10);

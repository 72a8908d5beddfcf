-- Opportunities the embedded default's demo data wrote (no notice file behind them), shown with a demo label.
alter table notice_opportunity add column demo boolean default false not null;

-- The registry's own tables (docs/decisions/0005-run-folders.md, 0008, 0017), created when the
-- registry is opened. Kommunkoder are text; year and value are reserved words in H2 2, hence
-- budget_year and parameter_value. Every table is created only if missing, so a registry made by
-- an earlier program version gets the tables added since (tb_payment_basis) and keeps its data.

create table if not exists tb_run (
  budget_year int not null,
  version int not null,
  identity char(64) not null,
  status varchar(12) not null,
  calculated_at timestamp with time zone not null,
  software_version varchar(200) not null,
  folder varchar(2000) not null,
  results_sha256 char(64) not null,
  compared_with_version int,
  primary key (budget_year, version),
  constraint tb_run_identity unique (budget_year, identity));

create table if not exists tb_run_input (
  budget_year int not null,
  version int not null,
  file_name varchar(100) not null,
  sha256 char(64) not null,
  row_count int not null,
  primary key (budget_year, version, file_name),
  foreign key (budget_year, version) references tb_run (budget_year, version));

create table if not exists tb_run_parameter (
  budget_year int not null,
  version int not null,
  line_no int not null,
  property varchar(200) not null,
  parameter_value varchar(1000) not null,
  primary key (budget_year, version, line_no),
  foreign key (budget_year, version) references tb_run (budget_year, version));

create table if not exists tb_run_result (
  budget_year int not null,
  version int not null,
  municipality_code char(4) not null,
  municipality_name varchar(200) not null,
  component varchar(12) not null,
  amount_sek decimal(15, 0) not null,
  primary key (budget_year, version, municipality_code, component),
  foreign key (budget_year, version) references tb_run (budget_year, version));

create table if not exists tb_status_change (
  budget_year int not null,
  version int not null,
  line_no int not null,
  status varchar(12) not null,
  changed_at timestamp with time zone not null,
  reason varchar(2000) not null,
  primary key (budget_year, version, line_no),
  foreign key (budget_year, version) references tb_run (budget_year, version));

create table if not exists tb_payment_basis (
  budget_year int not null,
  basis_no int not null,
  version int not null,
  paid_before_version int,
  payment_month char(7) not null,
  produced_at timestamp with time zone not null,
  folder varchar(2000) not null,
  csv_sha256 char(64) not null,
  amount_sek decimal(15, 0) not null,
  primary key (budget_year, basis_no),
  foreign key (budget_year, version) references tb_run (budget_year, version),
  foreign key (budget_year, paid_before_version) references tb_run (budget_year, version));

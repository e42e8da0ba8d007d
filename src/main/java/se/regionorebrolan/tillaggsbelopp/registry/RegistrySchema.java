package se.regionorebrolan.tillaggsbelopp.registry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's tables, created when the registry is first opened (which happens only
 * after the input is validated). Kommunkoder are text; {@code year} and {@code value} are
 * reserved words in H2 2, hence {@code budget_year} and {@code parameter_value}. Every
 * table is created only if missing, so a registry made by an earlier program version gets
 * the tables added since (tb_payment_basis, issue 6) and keeps its data.
 */
final class RegistrySchema {

	private static final List<String> TABLES = List.of("""
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
			  constraint tb_run_identity unique (budget_year, identity))""", """
			create table if not exists tb_run_input (
			  budget_year int not null,
			  version int not null,
			  file_name varchar(100) not null,
			  sha256 char(64) not null,
			  row_count int not null,
			  primary key (budget_year, version, file_name),
			  foreign key (budget_year, version) references tb_run (budget_year, version))""", """
			create table if not exists tb_run_parameter (
			  budget_year int not null,
			  version int not null,
			  line_no int not null,
			  property varchar(200) not null,
			  parameter_value varchar(1000) not null,
			  primary key (budget_year, version, line_no),
			  foreign key (budget_year, version) references tb_run (budget_year, version))""", """
			create table if not exists tb_run_result (
			  budget_year int not null,
			  version int not null,
			  municipality_code char(4) not null,
			  municipality_name varchar(200) not null,
			  component varchar(12) not null,
			  amount_sek decimal(15, 0) not null,
			  primary key (budget_year, version, municipality_code, component),
			  foreign key (budget_year, version) references tb_run (budget_year, version))""", """
			create table if not exists tb_status_change (
			  budget_year int not null,
			  version int not null,
			  line_no int not null,
			  status varchar(12) not null,
			  changed_at timestamp with time zone not null,
			  reason varchar(2000) not null,
			  primary key (budget_year, version, line_no),
			  foreign key (budget_year, version) references tb_run (budget_year, version))""", """
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
			  foreign key (budget_year, paid_before_version) references tb_run (budget_year, version))""");

	private RegistrySchema() {
	}

	static void create(JdbcClient jdbc) {
		TABLES.forEach(table -> jdbc.sql(table).update());
	}

}

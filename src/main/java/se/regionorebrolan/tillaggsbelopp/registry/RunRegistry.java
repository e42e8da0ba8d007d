package se.regionorebrolan.tillaggsbelopp.registry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;
import se.regionorebrolan.tillaggsbelopp.parameters.Parameter;
import se.regionorebrolan.tillaggsbelopp.version.NewRun;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredInput;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredResults;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredRun;
import se.regionorebrolan.tillaggsbelopp.version.RegisteredTotal;
import se.regionorebrolan.tillaggsbelopp.version.RunStatus;
import se.regionorebrolan.tillaggsbelopp.version.StatusChange;

/**
 * The run registry: every calculated version of every budget year with its input files,
 * parameters, results and status history, in the same database as the Spring Batch job
 * repository. Writes join the caller's transaction, so a version is registered together
 * with the job step that wrote its files, or not at all.
 */
public class RunRegistry {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final OutputFolder output;

	RunRegistry(DataSource dataSource, OutputFolder output) {
		this.jdbc = JdbcClient.create(dataSource);
		this.batch = new JdbcTemplate(dataSource);
		this.output = output;
	}

	/** The version a new run of the year gets: one more than the last. */
	public int nextVersion(int budgetYear) {
		return this.jdbc.sql("select coalesce(max(version), 0) + 1 from tb_run where budget_year = ?")
			.param(budgetYear)
			.query(Integer.class)
			.single();
	}

	public Optional<RegisteredRun> find(int budgetYear, int version) {
		return runs("where budget_year = ? and version = ?", budgetYear, version).stream().findFirst();
	}

	public Optional<RegisteredRun> findByIdentity(int budgetYear, String identity) {
		return runs("where budget_year = ? and identity = ?", budgetYear, identity).stream().findFirst();
	}

	/** The budget years that have versions, earliest first. */
	public List<Integer> years() {
		return this.jdbc.sql("select distinct budget_year from tb_run order by budget_year")
			.query(Integer.class)
			.list();
	}

	/** The versions of a year, oldest first. */
	public List<RegisteredRun> list(int budgetYear) {
		return runs("where budget_year = ?", budgetYear);
	}

	/** The final version of a year, if one is published. */
	public Optional<RegisteredRun> finalVersion(int budgetYear) {
		return runs("where budget_year = ? and status = ?", budgetYear, RunStatus.SLUTLIG.name()).stream().findFirst();
	}

	/** The amounts of a version. */
	public RegisteredResults results(int budgetYear, int version) {
		Map<String, Map<Component, BigDecimal>> amounts = new LinkedHashMap<>();
		this.jdbc.sql(
				"select municipality_code, component, amount_sek from tb_run_result where budget_year = ? and version = ?")
			.params(budgetYear, version)
			.query((row,
					number) -> new Object[] { row.getString(1), Component.valueOf(row.getString(2)),
							row.getBigDecimal(3) })
			.list()
			.forEach(row -> amounts.computeIfAbsent((String) row[0], code -> new EnumMap<>(Component.class))
				.put((Component) row[1], (BigDecimal) row[2]));
		return new RegisteredResults(amounts);
	}

	/** Each municipality's total of a version, by kommunkod. */
	public List<RegisteredTotal> totals(int budgetYear, int version) {
		return this.jdbc
			.sql("select municipality_code, max(municipality_name), sum(amount_sek) from tb_run_result "
					+ "where budget_year = ? and version = ? group by municipality_code order by municipality_code")
			.params(budgetYear, version)
			.query((row, number) -> new RegisteredTotal(row.getString(1), row.getString(2), row.getBigDecimal(3)))
			.list();
	}

	/** Registers a calculated version as preliminary. */
	@Transactional
	public void register(NewRun run) {
		restore(run, List.of(new StatusChange(RunStatus.PRELIMINAR, run.calculatedAt(), "")));
	}

	/**
	 * Registers a version with the status history its folder records, oldest first: how a
	 * lost registry is built again from the run folders.
	 */
	@Transactional
	public void restore(NewRun run, List<StatusChange> history) {
		RunStatus status = history.get(history.size() - 1).status();
		this.jdbc
			.sql("insert into tb_run (budget_year, version, identity, status, calculated_at, software_version, "
					+ "folder, results_sha256, compared_with_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(run.budgetYear(), run.version(), run.identity(), status.name(), run.calculatedAt(),
					run.softwareVersion(), this.output.recorded(run.folder()), run.resultsSha256(),
					run.comparedWithVersion().orElse(null))
			.update();
		for (RegisteredInput input : run.inputs()) {
			this.jdbc.sql("insert into tb_run_input values (?, ?, ?, ?, ?)")
				.params(run.budgetYear(), run.version(), input.fileName(), input.sha256(), input.rows())
				.update();
		}
		for (int i = 0; i < run.parameters().size(); i++) {
			Parameter parameter = run.parameters().get(i);
			this.jdbc.sql("insert into tb_run_parameter values (?, ?, ?, ?, ?)")
				.params(run.budgetYear(), run.version(), i + 1, parameter.property(), parameter.value())
				.update();
		}
		List<Object[]> results = new ArrayList<>();
		for (MunicipalityAmounts amounts : run.results()) {
			amounts.amounts()
				.forEach((component, amount) -> results.add(new Object[] { run.budgetYear(), run.version(),
						amounts.municipality().code(), amounts.municipality().name(), component.name(), amount }));
		}
		// One prepared statement for all rows: a national run has tens of thousands.
		this.batch.batchUpdate("insert into tb_run_result values (?, ?, ?, ?, ?, ?)", results);
		history.forEach(change -> addStatusChange(run.budgetYear(), run.version(), change.status(), change.at(),
				change.reason()));
	}

	/**
	 * Publishes a version as final; a final version published before becomes superseded
	 * with the reason.
	 * @return the version that was final before, if any
	 */
	@Transactional
	public Optional<RegisteredRun> publish(int budgetYear, int version, String reason, OffsetDateTime at) {
		Optional<RegisteredRun> previous = finalVersion(budgetYear).filter(run -> run.version() != version);
		previous.ifPresent(
				earlier -> setStatus(earlier, RunStatus.ERSATT, at, "ersatt av version " + version + ": " + reason));
		RegisteredRun target = find(budgetYear, version)
			.orElseThrow(() -> new IllegalArgumentException("no version " + version + " of " + budgetYear));
		if (target.status() != RunStatus.SLUTLIG) {
			setStatus(target, RunStatus.SLUTLIG, at, reason);
		}
		return previous;
	}

	/** The parameters of a version as they were listed. */
	public List<Parameter> parameters(int budgetYear, int version) {
		return this.jdbc.sql(
				"select property, parameter_value from tb_run_parameter where budget_year = ? and version = ? order by line_no")
			.params(budgetYear, version)
			.query((row, number) -> new Parameter(row.getString(1), row.getString(2)))
			.list();
	}

	private void setStatus(RegisteredRun run, RunStatus status, OffsetDateTime at, String reason) {
		this.jdbc.sql("update tb_run set status = ? where budget_year = ? and version = ?")
			.params(status.name(), run.budgetYear(), run.version())
			.update();
		addStatusChange(run.budgetYear(), run.version(), status, at, reason);
	}

	private void addStatusChange(int budgetYear, int version, RunStatus status, OffsetDateTime at, String reason) {
		this.jdbc
			.sql("insert into tb_status_change values (?, ?, (select coalesce(max(line_no), 0) + 1 from "
					+ "tb_status_change where budget_year = ? and version = ?), ?, ?, ?)")
			.params(budgetYear, version, budgetYear, version, status.name(), at, reason)
			.update();
	}

	private List<RegisteredRun> runs(String where, Object... parameters) {
		List<Object[]> rows = this.jdbc
			.sql("select r.budget_year, r.version, r.identity, r.status, r.calculated_at, r.software_version, r.folder, "
					+ "r.results_sha256, r.compared_with_version, (select coalesce(sum(amount_sek), 0) from tb_run_result t "
					+ "where t.budget_year = r.budget_year and t.version = r.version) from tb_run r " + where
					+ " order by r.budget_year, r.version")
			.params(parameters)
			.query((row,
					number) -> new Object[] { row.getInt(1), row.getInt(2), row.getString(3), row.getString(4),
							row.getObject(5, OffsetDateTime.class), row.getString(6), row.getString(7),
							row.getString(8), row.getObject(9, Integer.class), row.getBigDecimal(10) })
			.list();
		List<RegisteredRun> runs = new ArrayList<>();
		for (Object[] row : rows) {
			int year = (Integer) row[0];
			int version = (Integer) row[1];
			runs.add(new RegisteredRun(year, version, (String) row[2], RunStatus.valueOf((String) row[3]),
					(OffsetDateTime) row[4], (String) row[5], this.output.version(year, version, (String) row[2]),
					(String) row[7], (BigDecimal) row[9], Optional.ofNullable((Integer) row[8]),
					history(year, version)));
		}
		return runs;
	}

	private List<StatusChange> history(int budgetYear, int version) {
		return this.jdbc
			.sql("select status, changed_at, reason from tb_status_change where budget_year = ? and version = ? "
					+ "order by line_no")
			.params(budgetYear, version)
			.query((row, number) -> new StatusChange(RunStatus.valueOf(row.getString(1)),
					row.getObject(2, OffsetDateTime.class), row.getString(3)))
			.list();
	}

}

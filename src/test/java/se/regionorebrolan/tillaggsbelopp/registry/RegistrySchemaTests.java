package se.regionorebrolan.tillaggsbelopp.registry;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's tables are created on the first opening and found on every later one,
 * without an error in H2's trace file (which grew by 29 KB per start when Batch's script
 * ran again).
 */
class RegistrySchemaTests {

	@TempDir
	Path folder;

	@Test
	void createsBatchAndRegistryTablesOnceAndLeavesNoTraceOfErrors() {
		for (int opening = 0; opening < 3; opening++) {
			try (RegistryDatabase database = open()) {
				assertThat(tables(database)).contains("BATCH_JOB_INSTANCE", "BATCH_STEP_EXECUTION_CONTEXT", "TB_RUN",
						"TB_PAYMENT_BASIS");
			}
		}

		assertThat(this.folder.resolve("tillaggsbelopp.trace.db")).doesNotExist();
	}

	private RegistryDatabase open() {
		String url = "jdbc:h2:file:" + this.folder.resolve("tillaggsbelopp") + ";WRITE_DELAY=0";
		return new RegistryDatabase(() -> DataSourceBuilder.create().url(url).username("sa").password("").build(), url)
			.open();
	}

	private static java.util.List<String> tables(RegistryDatabase database) {
		return JdbcClient.create(database)
			.sql("select table_name from information_schema.tables where table_schema = 'PUBLIC'")
			.query(String.class)
			.list();
	}

}

package se.regionorebrolan.tillaggsbelopp.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The registry's tables, created when the database is opened (which happens only after
 * the input is validated): Spring Batch's job repository from Batch's own script, run
 * only when its tables are missing (the script has no "if not exists", and running it
 * again filled H2's trace file with an error per table on every start), then the
 * registry's own tables from {@code registry/schema.sql}, each created only if missing.
 */
final class RegistrySchema {

	private static final String BATCH_SCHEMA = "org/springframework/batch/core/schema-h2.sql";

	private static final String REGISTRY_SCHEMA = "registry/schema.sql";

	private RegistrySchema() {
	}

	/** The database with its tables. */
	static DataSource created(DataSource database) {
		if (!hasBatchTables(database)) {
			new ResourceDatabasePopulator(new ClassPathResource(BATCH_SCHEMA)).execute(database);
		}
		new ResourceDatabasePopulator(new ClassPathResource(REGISTRY_SCHEMA)).execute(database);
		return database;
	}

	private static boolean hasBatchTables(DataSource database) {
		try (Connection connection = database.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, null, "BATCH_JOB_INSTANCE", null)) {
			return tables.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the registry's tables could not be read", ex);
		}
	}

}

package se.regionorebrolan.tillaggsbelopp.registry;

import java.nio.file.Path;
import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;

/**
 * The run registry's database: by default an H2 file database in
 * {@code <output>/registry}, or the JDBC URL in {@code tillagg.registry-url}. H2 refuses
 * a second process on the same file, which keeps two runs from writing at once; the
 * connections are opened on first use and released by the scheduler between its triggers.
 */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

	@Bean
	RegistryDatabase dataSource(TillaggProperties properties) {
		String url = url(properties);
		return new RegistryDatabase(() -> DataSourceBuilder.create().url(url).username("sa").password("").build(),
				(properties.registryUrl() != null) ? url : RegistryFile.database(properties) + ".mv.db");
	}

	@Bean
	PaymentRegistry paymentRegistry(DataSource dataSource, TillaggProperties properties) {
		return new PaymentRegistry(dataSource, new OutputFolder(properties.outputDir()));
	}

	@Bean
	RunRegistry runRegistry(DataSource dataSource, TillaggProperties properties) {
		return new RunRegistry(dataSource, new OutputFolder(properties.outputDir()));
	}

	static String url(TillaggProperties properties) {
		if (properties.registryUrl() != null) {
			return properties.registryUrl();
		}
		Path database = RegistryFile.database(properties);
		// WRITE_DELAY=0: a commit is on disk when it returns, even if the process is
		// killed next.
		return "jdbc:h2:file:" + database + ";WRITE_DELAY=0";
	}

}

package se.regionorebrolan.tillaggsbelopp.registry;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The registry's connections: a pool opened on first use, with the registry's tables
 * created if missing ({@link RegistrySchema}), and closed by {@link #release()}. H2 locks
 * a file database while any connection to it is open, and a pool keeps its connections
 * open, so a long-running scheduler would lock every finance officer's command out
 * between its triggers; it releases the database after each one instead
 * (docs/decisions/0016-registry-connections-between-triggers.md). A one-shot command
 * keeps it until the process ends, which is what stops a second run meanwhile.
 */
public final class RegistryDatabase extends AbstractDataSource implements Closeable {

	private final Supplier<DataSource> opening;

	private final String location;

	private @Nullable DataSource pool;

	/**
	 * @param opening opens the pool
	 * @param location where the database is, for messages
	 */
	RegistryDatabase(Supplier<DataSource> opening, String location) {
		this.opening = opening;
		this.location = location;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return pool().getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return pool().getConnection(username, password);
	}

	/**
	 * Opens the database now, if it is not open: where another process's lock shows.
	 * @return this database, open
	 */
	public RegistryDatabase open() {
		try {
			// Taking one connection opens the pool, and with it the database file.
			getConnection().close();
			return this;
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("the registry could not be opened", ex);
		}
	}

	/**
	 * Closes every connection, which unlocks the database file until the next use.
	 */
	public synchronized void release() {
		if (this.pool instanceof Closeable closeable) {
			try {
				closeable.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.pool = null;
	}

	@Override
	public void close() {
		release();
	}

	private synchronized DataSource pool() {
		if (this.pool == null) {
			DataSource opened = this.opening.get();
			try {
				this.pool = RegistrySchema.created(opened);
			}
			catch (RuntimeException ex) {
				if (opened instanceof Closeable closeable) {
					close(closeable);
				}
				RuntimeException busy = RegistryBusyException.ifBusy(ex);
				throw (busy instanceof RegistryBusyException) ? busy
						: new RegistryUnreadableException(this.location, ex);
			}
		}
		return this.pool;
	}

	private static void close(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// the pool never opened a connection
		}
	}

}

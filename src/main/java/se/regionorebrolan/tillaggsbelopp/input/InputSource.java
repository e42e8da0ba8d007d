package se.regionorebrolan.tillaggsbelopp.input;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a run reads its input: the seven CSV files of a folder, or one input workbook.
 * Either way {@link #read()} gives the same checked tables, and the files a run archives
 * ({@link InputSet#sourceFiles()}) are in {@link #folder()}.
 */
public sealed interface InputSource {

	/**
	 * Reads and checks the input.
	 * @throws InvalidInputException with every problem found
	 */
	InputSet read();

	/** The folder the input's files are in. */
	Path folder();

	/** The input in a Swedish sentence, e.g. "arbetsboken /data/indata.xlsx". */
	String describe();

	/**
	 * The input archived in a run folder's indata/: the workbook of that name, or the CSV
	 * files.
	 */
	static InputSource archived(Path indata, Optional<String> workbook) {
		return workbook.<InputSource>map(name -> new Workbook(indata.resolve(name)))
			.orElseGet(() -> new Folder(indata));
	}

	/** The seven CSV files of a folder. */
	record Folder(Path directory) implements InputSource {

		public Folder {
			Objects.requireNonNull(directory, "directory is required");
		}

		@Override
		public InputSet read() {
			return InputReader.read(this.directory);
		}

		@Override
		public Path folder() {
			return this.directory;
		}

		@Override
		public String describe() {
			return "CSV-filerna i " + this.directory.toAbsolutePath().normalize();
		}

	}

	/** An input workbook with a sheet per table. */
	record Workbook(Path file) implements InputSource {

		public Workbook {
			Objects.requireNonNull(file, "file is required");
		}

		@Override
		public InputSet read() {
			return InputReader.readWorkbook(this.file);
		}

		@Override
		public Path folder() {
			return this.file.toAbsolutePath().getParent();
		}

		@Override
		public String describe() {
			return "arbetsboken " + this.file.toAbsolutePath().normalize();
		}

	}

}

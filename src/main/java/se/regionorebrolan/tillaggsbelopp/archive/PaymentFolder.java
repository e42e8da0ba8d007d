package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Path;

import se.regionorebrolan.tillaggsbelopp.input.FolderTree;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.report.PaymentBasisCsv;
import se.regionorebrolan.tillaggsbelopp.workbook.PaymentWorkbook;

/**
 * The folder of one payment basis, {@code <output>/<year>/utbetalning-<number>/}, with
 * the basis as a CSV file for the finance system and as a workbook to print, both named
 * like {@code utbetalningsunderlag-2027-v1}. Written whole or not at all.
 *
 * @param folder the basis' folder
 * @param csv the CSV file
 * @param workbook the one-page workbook
 */
public record PaymentFolder(Path folder, Path csv, Path workbook) {

	public static Path location(Path outputDirectory, int budgetYear, int number) {
		return outputDirectory.resolve(String.valueOf(budgetYear)).resolve("utbetalning-" + number);
	}

	/**
	 * Writes the basis' folder; an existing folder is never replaced.
	 * @throws java.nio.file.FileAlreadyExistsException when the folder exists
	 */
	public static PaymentFolder write(Path outputDirectory, PaymentBasis basis) throws IOException {
		Path target = location(outputDirectory, basis.budgetYear(), basis.number());
		String base = basis.fileBaseName();
		AtomicFolder.write(target, temporary -> {
			PaymentBasisCsv.write(basis, temporary.resolve(base + ".csv"));
			PaymentWorkbook.write(basis, temporary.resolve(base + ".xlsx"));
		});
		return new PaymentFolder(target, target.resolve(base + ".csv"), target.resolve(base + ".xlsx"));
	}

	/** Removes the folder again, when its registration failed. */
	public void discard() throws IOException {
		FolderTree.delete(this.folder);
	}

}

package se.regionorebrolan.tillaggsbelopp.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import se.regionorebrolan.tillaggsbelopp.input.FolderTree;
import se.regionorebrolan.tillaggsbelopp.input.Sha256;
import se.regionorebrolan.tillaggsbelopp.payment.PaymentBasis;
import se.regionorebrolan.tillaggsbelopp.payment.RegisteredPayment;
import se.regionorebrolan.tillaggsbelopp.payment.VersionReference;
import se.regionorebrolan.tillaggsbelopp.report.PaymentBasisCsv;
import se.regionorebrolan.tillaggsbelopp.version.OutputFolder;
import se.regionorebrolan.tillaggsbelopp.workbook.PaymentWorkbook;

/**
 * The folder of one payment basis, {@code <output>/<year>/utbetalning-<number>/}, with
 * the basis as a CSV file for the finance system and as a workbook to print, both named
 * like {@code utbetalningsunderlag-2027-v1}. Written whole or not at all.
 *
 * @param folder the basis' folder
 * @param csv the CSV file
 * @param workbook the one-page workbook
 * @param record what the registry records of it, as its manifest.json says too
 */
public record PaymentFolder(Path folder, Path csv, Path workbook, RegisteredPayment record) {

	/**
	 * Writes the basis' folder; an existing folder is never replaced.
	 * @throws java.nio.file.FileAlreadyExistsException when the folder exists
	 */
	public static PaymentFolder write(Path outputDirectory, PaymentBasis basis) throws IOException {
		Path target = new OutputFolder(outputDirectory).payment(basis.budgetYear(), basis.number());
		String base = basis.fileBaseName();
		AtomicReference<RegisteredPayment> record = new AtomicReference<>();
		AtomicFolder.write(target, temporary -> {
			PaymentBasisCsv.write(basis, temporary.resolve(base + ".csv"));
			PaymentWorkbook.write(basis, temporary.resolve(base + ".xlsx"));
			record.set(new RegisteredPayment(basis.budgetYear(), basis.number(), basis.paid().version(),
					basis.paidBefore().map(VersionReference::version), basis.paymentMonth(),
					basis.producedAt().toOffsetDateTime(), target,
					Sha256.hex(Files.readAllBytes(temporary.resolve(base + ".csv"))), basis.amount()));
			PaymentManifest.of(record.get(), base + ".csv").write(temporary);
		});
		return new PaymentFolder(target, target.resolve(base + ".csv"), target.resolve(base + ".xlsx"), record.get());
	}

	/** Removes the folder again, when its registration failed. */
	public void discard() throws IOException {
		FolderTree.delete(this.folder);
	}

}

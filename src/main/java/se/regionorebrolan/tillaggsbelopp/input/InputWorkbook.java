package se.regionorebrolan.tillaggsbelopp.input;

import java.util.Objects;

/**
 * The input workbook a run's tables were read from, one sheet each, instead of seven CSV
 * files.
 *
 * @param name the workbook's file name, e.g. indata.xlsx
 * @param sha256 the SHA-256 of its bytes, which every sheet read from it carries too
 */
public record InputWorkbook(String name, String sha256) {

	public InputWorkbook {
		Objects.requireNonNull(name, "name is required");
		Objects.requireNonNull(sha256, "sha256 is required");
	}

}

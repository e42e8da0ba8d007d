package se.regionorebrolan.tillaggsbelopp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.TillaggsbeloppCalculator;
import se.regionorebrolan.tillaggsbelopp.input.InputReader;
import se.regionorebrolan.tillaggsbelopp.input.InputSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticInputTests {

	@TempDir
	Path folder;

	@Test
	void writesValidInputThatCalculates() {
		SyntheticInput.write(this.folder, 300, 7L);

		InputSet input = InputReader.read(this.folder);
		Calculation calculation = TillaggsbeloppCalculator.calculate(input.toCalculationInput(),
				SyntheticInput.parameters(2027));

		assertThat(input.municipalities().rows()).hasSize(300);
		assertThat(input.population().rows()).hasSize(900);
		assertThat(input.measurements().rows()).hasSize(1200);
		assertThat(calculation.amounts()).hasSize(300);
		assertThat(calculation.countyTotal()).isPositive();
	}

	@Test
	void writesTheSameFilesForTheSameSeed() throws IOException {
		SyntheticInput.write(this.folder.resolve("a"), 50, 1L);
		SyntheticInput.write(this.folder.resolve("b"), 50, 1L);

		for (String file : new String[] { "population.csv", "psychiatric_invoiced.csv", "distances.csv" }) {
			assertThat(Files.readString(this.folder.resolve("b").resolve(file)))
				.isEqualTo(Files.readString(this.folder.resolve("a").resolve(file)));
		}
	}

	@Test
	void refusesMoreMunicipalitiesThanFourDigitCodesAllow() {
		assertThatIllegalArgumentException().isThrownBy(() -> SyntheticInput.write(this.folder, 9001, 1L))
			.withMessage("N must be 1 to 9000 (four-digit codes): 9001");
	}

}

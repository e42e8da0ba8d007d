package se.regionorebrolan.tillaggsbelopp.job;

import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

import se.regionorebrolan.tillaggsbelopp.input.InputSource;
import se.regionorebrolan.tillaggsbelopp.parameters.TillaggProperties;

/**
 * Which input a command reads: the input workbook when {@code tillagg.input-workbook} is
 * set, otherwise the CSV files of {@code tillagg.input-dir}. The command line wins over
 * config/application.yml as for every parameter: {@code --tillagg.input-dir} on the
 * command line reads that folder even when the configuration names a workbook (and both
 * on the command line are refused by {@code CommandLineArguments}).
 */
@Component
public class InputChoice {

	public static final String FOLDER = "tillagg.input-dir";

	public static final String WORKBOOK = "tillagg.input-workbook";

	private final TillaggProperties properties;

	private final ApplicationArguments arguments;

	InputChoice(TillaggProperties properties, ApplicationArguments arguments) {
		this.properties = properties;
		this.arguments = arguments;
	}

	public InputSource source() {
		if (this.properties.inputWorkbook() != null && !this.arguments.containsOption(FOLDER)) {
			return new InputSource.Workbook(this.properties.inputWorkbook());
		}
		return new InputSource.Folder(this.properties.inputDir());
	}

}

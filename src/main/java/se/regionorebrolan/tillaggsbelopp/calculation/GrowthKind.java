package se.regionorebrolan.tillaggsbelopp.calculation;

/**
 * Whether a year's tax-base growth is SKR's outcome (utfall) or a forecast (prognos).
 */
public enum GrowthKind {

	OUTCOME("utfall"), FORECAST("prognos");

	private final String swedishLabel;

	GrowthKind(String swedishLabel) {
		this.swedishLabel = swedishLabel;
	}

	/** The word used in reports: utfall or prognos. */
	public String swedishLabel() {
		return this.swedishLabel;
	}

}

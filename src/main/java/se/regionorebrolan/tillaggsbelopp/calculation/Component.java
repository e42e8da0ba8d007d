package se.regionorebrolan.tillaggsbelopp.calculation;

/**
 * The four components of the tilläggsbelopp (spec §1), in report order.
 */
public enum Component {

	SOMATIC("Somatisk grund"), PSYCHIATRIC("Psykiatrisk hemsjukvård"), ADVANCED("Avancerad hemsjukvård"),
	DISTANCE("Avståndskompensation");

	private final String swedishLabel;

	Component(String swedishLabel) {
		this.swedishLabel = swedishLabel;
	}

	/** The label used in reports, e.g. Somatisk grund. */
	public String swedishLabel() {
		return this.swedishLabel;
	}

}

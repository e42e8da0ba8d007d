package se.regionorebrolan.tillaggsbelopp.parameters;

/**
 * One effective parameter as the operator writes it:
 * {@code tillagg.advanced.shift-rate=0.05}.
 */
public record Parameter(String property, String value) {

	@Override
	public String toString() {
		return this.property + "=" + this.value;
	}

}

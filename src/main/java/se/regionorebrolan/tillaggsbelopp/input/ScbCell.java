package se.regionorebrolan.tillaggsbelopp.input;

/**
 * One count of folkmängd in an SCB file, understood: region, year, age class, sex and
 * civilstånd.
 *
 * @param place where it is written
 * @param region the region's code, e.g. 1814, or 18 for the county
 * @param regionText the region as the file writes it, e.g. {@code 1814 Lekeberg}
 * @param year the year, whose 31 December it counts
 * @param age the age class
 * @param sex {@link #MEN}, {@link #WOMEN}, {@link #TOTAL} (both, as SCB summed them) or
 * empty when the file has no kön
 * @param civilstand {@code OG}, {@code G}, {@code SK}, {@code ÄNKL}, {@link #TOTAL} or
 * empty when the file has no civilstånd
 * @param count the inhabitants
 */
record ScbCell(ScbPlace place, String region, String regionText, int year, ScbAge age, String sex, String civilstand,
		long count) {

	static final String MEN = "1";

	static final String WOMEN = "2";

	/** Every value of the variable, as SCB summed them (TotSa, SC, "totalt"). */
	static final String TOTAL = "totalt";

}

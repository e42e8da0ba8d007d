package se.regionorebrolan.tillaggsbelopp.calculation;

/**
 * The input tables of the calculation (spec §6), so that a problem can say which table it
 * is about without the core knowing about files.
 */
public enum InputTable {

	MUNICIPALITIES, POPULATION, DISTANCES, TAX_BASE_GROWTH, SOMATIC_BASE, PSYCHIATRIC_INVOICED, HOME_CARE_MEASUREMENT

}

package se.regionorebrolan.tillaggsbelopp.calculation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tilläggsbelopp of one budget year: the parameters used, the four components with
 * their allocations, and notices a reviewer should read.
 *
 * @param parameters the effective parameters
 * @param municipalities the municipalities in kommunkod order
 * @param indexSeries the tax-base growth series the index factors come from
 * @param components the four components in {@link Component} order
 * @param notices remarks in Swedish, e.g. that no municipality is eligible for distance
 * compensation
 */
public record Calculation(CalculationParameters parameters, List<Municipality> municipalities, IndexSeries indexSeries,
		List<ComponentResult> components, List<String> notices) {

	public Calculation {
		municipalities = List.copyOf(municipalities);
		components = List.copyOf(components);
		notices = List.copyOf(notices);
	}

	public ComponentResult component(Component component) {
		return this.components.get(component.ordinal());
	}

	/** What the somatic component was derived from: the indexed previous amounts. */
	public SomaticBasis somaticBasis() {
		return (SomaticBasis) component(Component.SOMATIC).basis();
	}

	/**
	 * What the psychiatric component was derived from: the averaged invoices, indexed.
	 */
	public PsychiatricBasis psychiatricBasis() {
		return (PsychiatricBasis) component(Component.PSYCHIATRIC).basis();
	}

	/**
	 * What the advanced component was derived from: the shifted patients and their cost.
	 */
	public AdvancedBasis advancedBasis() {
		return (AdvancedBasis) component(Component.ADVANCED).basis();
	}

	/** What the distance compensation was derived from: its share and who is eligible. */
	public DistanceBasis distanceBasis() {
		return (DistanceBasis) component(Component.DISTANCE).basis();
	}

	/** Each municipality's four amounts and total, in kommunkod order. */
	public List<MunicipalityAmounts> amounts() {
		return java.util.stream.IntStream.range(0, this.municipalities.size()).mapToObj(this::amountsAt).toList();
	}

	/** The amounts of the municipality at {@code index} in kommunkod order. */
	public MunicipalityAmounts amountsAt(int index) {
		Map<Component, BigDecimal> amounts = new EnumMap<>(Component.class);
		this.components.forEach(result -> amounts.put(result.component(), result.allocation().get(index).allocated()));
		return new MunicipalityAmounts(this.municipalities.get(index), amounts);
	}

	/**
	 * The forecast years (not yet outcomes) that the index factors of this calculation
	 * use.
	 */
	public List<TaxBaseGrowth> forecastYearsUsed() {
		int earliestBase = this.components.stream()
			.flatMap(result -> result.basis().priceLevelYears().stream())
			.min(Integer::compare)
			.orElse(this.parameters.budgetYear());
		return this.indexSeries.growth()
			.stream()
			.filter(growth -> growth.kind() == GrowthKind.FORECAST)
			.filter(growth -> growth.year() > earliestBase && growth.year() <= this.parameters.budgetYear())
			.toList();
	}

	/** {@code S + P + A + D}. */
	public BigDecimal countyTotal() {
		return this.components.stream().map(ComponentResult::countyTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}

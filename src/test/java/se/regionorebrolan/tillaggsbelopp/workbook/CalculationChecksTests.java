package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import se.regionorebrolan.tillaggsbelopp.calculation.AllocationLine;
import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.CalculationParameters;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.ComponentResult;
import se.regionorebrolan.tillaggsbelopp.calculation.DistanceParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compact workbook's checks pass on the spec example and catch an allocation that
 * breaks the rules.
 */
class CalculationChecksTests {

	private final WorkbookContent example = WorkbookFixture.specExample();

	@Test
	void allPassOnTheSpecExample() {
		// spec §5: S = 11 001 636 kr
		List<CalculationChecks.Check> checks = CalculationChecks.of(this.example.calculation(), this.example.input());

		assertThat(checks).hasSize(3 * 4 + 2).allMatch(CalculationChecks.Check::passed);
		assertThat(checks.get(0).what()).isEqualTo("Somatisk grund: kommunernas belopp summerar till länets belopp");
		assertThat(checks.get(0).found()).isEqualTo("11 001 636 av 11 001 636");
	}

	@Test
	void anExtraKronaGivenToASmallerRemainderFailsOnlyTheRemainderCheck() {
		Component component = componentWithExtraKronor();
		Calculation swapped = withAllocation(component, lines -> {
			int with = indexOf(lines, true);
			int without = indexOf(lines, false);
			List<AllocationLine> changed = new ArrayList<>(lines);
			changed.set(with, allocated(lines.get(with), lines.get(with).floor()));
			changed.set(without, allocated(lines.get(without), lines.get(without).floor().add(BigDecimal.ONE)));
			return changed;
		});

		assertThat(failed(swapped)).containsExactly(
				component.swedishLabel() + ": de kronor som blir kvar efter golven går till de största resterna");
	}

	@Test
	void aKronaTooManyFailsTheSumTheDeviationTheRemaindersAndTheTotals() {
		Calculation tooMuch = withAllocation(Component.SOMATIC, lines -> {
			List<AllocationLine> changed = new ArrayList<>(lines);
			changed.set(0, allocated(lines.get(0), lines.get(0).allocated().add(BigDecimal.ONE)));
			return changed;
		});

		assertThat(failed(tooMuch)).containsExactly("Somatisk grund: kommunernas belopp summerar till länets belopp",
				"Somatisk grund: varje kommun ligger mindre än 1 kr från sin exakta andel",
				"Somatisk grund: de kronor som blir kvar efter golven går till de största resterna",
				"Länets totala belopp är summan av kommunernas och av komponenternas");
	}

	@Test
	void anAmountTwoKronorFromItsExactShareFails() {
		Calculation far = withAllocation(Component.PSYCHIATRIC, lines -> {
			List<AllocationLine> changed = new ArrayList<>(lines);
			changed.set(0, allocated(lines.get(0), lines.get(0).allocated().add(BigDecimal.valueOf(2))));
			changed.set(1, allocated(lines.get(1), lines.get(1).allocated().subtract(BigDecimal.valueOf(2))));
			return changed;
		});

		assertThat(failed(far))
			.contains("Psykiatrisk hemsjukvård: varje kommun ligger mindre än 1 kr från sin exakta andel");
	}

	@Test
	void compensationForADifferentSetOfMunicipalitiesThanTheDistancesGiveFails() {
		Calculation calculation = this.example.calculation();
		CalculationParameters parameters = calculation.parameters();
		// With a limit of 0 km every municipality is beyond it, but the result
		// compensates fewer.
		CalculationParameters zeroLimit = new CalculationParameters(parameters.budgetYear(),
				parameters.populationReferenceDate(), parameters.psychiatric(), parameters.advanced(),
				new DistanceParameters(BigDecimal.ZERO, parameters.distance().shareRate()));
		Calculation changed = new Calculation(zeroLimit, calculation.municipalities(), calculation.indexSeries(),
				calculation.components(), calculation.notices());

		assertThat(failed(changed)).singleElement()
			.asString()
			.startsWith("Avståndskompensation: de kommuner vars centralort ligger mer än 0,0 km");
	}

	private List<String> failed(Calculation calculation) {
		return CalculationChecks.of(calculation, this.example.input())
			.stream()
			.filter(check -> !check.passed())
			.map(CalculationChecks.Check::what)
			.toList();
	}

	private Component componentWithExtraKronor() {
		for (ComponentResult result : this.example.calculation().components()) {
			List<AllocationLine> lines = result.allocation();
			if (indexOf(lines, true) >= 0 && indexOf(lines, false) >= 0
					&& lines.get(indexOf(lines, true))
						.remainder()
						.compareTo(lines.get(indexOf(lines, false)).remainder()) > 0) {
				return result.component();
			}
		}
		throw new IllegalStateException("the spec example has no component with extra kronor");
	}

	private Calculation withAllocation(Component component, UnaryOperator<List<AllocationLine>> change) {
		Calculation calculation = this.example.calculation();
		List<ComponentResult> components = new ArrayList<>(calculation.components());
		ComponentResult result = components.get(component.ordinal());
		components.set(component.ordinal(), new ComponentResult(result.basis(), change.apply(result.allocation())));
		return new Calculation(calculation.parameters(), calculation.municipalities(), calculation.indexSeries(),
				components, calculation.notices());
	}

	private static int indexOf(List<AllocationLine> lines, boolean gotExtraKrona) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).gotLeftoverKrona() == gotExtraKrona) {
				return i;
			}
		}
		return -1;
	}

	private static AllocationLine allocated(AllocationLine line, BigDecimal allocated) {
		return new AllocationLine(line.municipalityCode(), line.weight(), line.exactShare(), line.floor(),
				line.remainder(), line.remainderRank(), allocated);
	}

}

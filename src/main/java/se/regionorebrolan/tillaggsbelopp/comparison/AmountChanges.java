package se.regionorebrolan.tillaggsbelopp.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.regionorebrolan.tillaggsbelopp.calculation.Calculation;
import se.regionorebrolan.tillaggsbelopp.calculation.Component;
import se.regionorebrolan.tillaggsbelopp.calculation.Municipality;
import se.regionorebrolan.tillaggsbelopp.calculation.MunicipalityAmounts;

/**
 * Pairs the amounts of two calculations municipality by municipality; a municipality
 * missing from one of them has 0 there.
 */
final class AmountChanges {

	private AmountChanges() {
	}

	/**
	 * Per municipality in kommunkod order: one change per component, then the total.
	 */
	static List<AmountChange> between(Calculation before, Calculation after) {
		Map<String, MunicipalityAmounts> beforeByCode = byCode(before);
		Map<String, MunicipalityAmounts> afterByCode = byCode(after);
		Map<String, Municipality> municipalities = new TreeMap<>();
		beforeByCode.forEach((code, amounts) -> municipalities.put(code, amounts.municipality()));
		// the later version names the municipality when both have it
		afterByCode.forEach((code, amounts) -> municipalities.put(code, amounts.municipality()));
		List<AmountChange> changes = new ArrayList<>();
		municipalities.forEach((code, municipality) -> {
			Optional<MunicipalityAmounts> was = Optional.ofNullable(beforeByCode.get(code));
			Optional<MunicipalityAmounts> is = Optional.ofNullable(afterByCode.get(code));
			for (Component component : Component.values()) {
				changes.add(new AmountChange(municipality, Optional.of(component), amount(was, component),
						amount(is, component)));
			}
			changes.add(new AmountChange(municipality, Optional.empty(), total(was), total(is)));
		});
		return changes;
	}

	private static Map<String, MunicipalityAmounts> byCode(Calculation calculation) {
		Map<String, MunicipalityAmounts> byCode = new TreeMap<>();
		calculation.amounts().forEach(amounts -> byCode.put(amounts.municipality().code(), amounts));
		return byCode;
	}

	private static BigDecimal amount(Optional<MunicipalityAmounts> amounts, Component component) {
		return amounts.map(present -> present.amount(component)).orElse(BigDecimal.ZERO);
	}

	private static BigDecimal total(Optional<MunicipalityAmounts> amounts) {
		return amounts.map(MunicipalityAmounts::total).orElse(BigDecimal.ZERO);
	}

}

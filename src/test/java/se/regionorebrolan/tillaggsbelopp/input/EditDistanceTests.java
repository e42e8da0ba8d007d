package se.regionorebrolan.tillaggsbelopp.input;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The number of typing mistakes between two names. */
class EditDistanceTests {

	@ParameterizedTest
	@CsvSource(textBlock = """
			year,            year,           0, the same
			populaton_total, population_total, 1, a letter left out
			folkmangd,       folkmängd,      1, a letter without its dots
			refernece_date,  reference_date, 1, two neighbours swapped
			knd,             kind,           1, a short name
			typ,             kind,           4, a translation is no typing mistake
			'',              år,             2, nothing against a name
			""")
	void countsInsertionsDeletionsSubstitutionsAndSwaps(String a, String b, int distance, String why) {
		assertThat(EditDistance.between(a, b)).as(why).isEqualTo(distance);
		assertThat(EditDistance.between(b, a)).as("symmetric: " + why).isEqualTo(distance);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			pubish,  publish, a letter left out
			lsit,    list,    two neighbours swapped
			verifyy, verify,  a letter too many
			run,     run,     the name itself
			publsh,  publish, the nearest of two near names: publish (1) before payment (5)
			""")
	void findsTheNearestKnownName(String written, String meant, String why) {
		assertThat(EditDistance.closest(written, List.of("run", "publish", "list", "verify", "payment"))).as(why)
			.contains(meant);
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			hjälp,  a translation
			bokför, another word
			kör,    run in Swedish: three edits from run
			""")
	void suggestsNothingFarFromEveryName(String written, String why) {
		assertThat(EditDistance.closest(written, List.of("run", "publish", "list", "verify", "payment"))).as(why)
			.isEmpty();
	}

}

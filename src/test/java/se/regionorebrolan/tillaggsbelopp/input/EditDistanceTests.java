package se.regionorebrolan.tillaggsbelopp.input;

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

}

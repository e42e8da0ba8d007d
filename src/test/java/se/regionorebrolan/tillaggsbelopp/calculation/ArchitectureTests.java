package se.regionorebrolan.tillaggsbelopp.calculation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the calculation core free of frameworks and I/O, and the dependencies pointing
 * inwards.
 */
class ArchitectureTests {

	private static final String BASE = "se.regionorebrolan.tillaggsbelopp";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	@Test
	void calculationUsesOnlyTheJavaPlatform() {
		classes().that()
			.resideInAPackage(BASE + ".calculation..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(BASE + ".calculation..", "java.lang..", "java.math..", "java.util..", "java.time..")
			.check(this.classes);
	}

	@Test
	void calculationDependsOnNoAdapter() {
		noClasses().that()
			.resideInAPackage(BASE + ".calculation..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages(BASE + ".calculation..", "java..")
			.check(this.classes);
	}

	@Test
	void adaptersDoNotDependOnTheJob() {
		noClasses().that()
			.resideInAnyPackage(BASE + ".input..", BASE + ".report..", BASE + ".registry..", BASE + ".parameters..",
					BASE + ".workbook..", BASE + ".archive..", BASE + ".comparison..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".job..")
			.check(this.classes);
	}

}

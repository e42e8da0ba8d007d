package se.regionorebrolan.tillaggsbelopp;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the calculation core free of frameworks and I/O, the packages free of cycles, and
 * the dependencies pointing inwards: the command line uses the job and the services,
 * nothing uses the command line, the capabilities do not use the job, input reading uses
 * only the calculation, and the SCB fetch only input reading.
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
	void topLevelPackagesFormNoCycle() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(this.classes);
	}

	@Test
	void swedishFormattingIsALeaf() {
		classes().that()
			.resideInAPackage(BASE + ".format..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage(BASE + ".format..", "java..")
			.check(this.classes);
	}

	@Test
	void nothingButTheApplicationUsesTheCommandLine() {
		noClasses().that()
			.resideOutsideOfPackages(BASE + ".command..")
			.and()
			.doNotHaveFullyQualifiedName(BASE + ".TillaggsbeloppApplication")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".command..")
			.check(this.classes);
	}

	@Test
	void capabilitiesDoNotUseTheJob() {
		noClasses().that()
			.resideInAnyPackage(BASE + ".input..", BASE + ".scb..", BASE + ".parameters..", BASE + ".version..",
					BASE + ".payment..", BASE + ".registry..", BASE + ".archive..", BASE + ".report..",
					BASE + ".workbook..", BASE + ".comparison..", BASE + ".scheduling..", BASE + ".format..",
					BASE + ".program..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".job..")
			.check(this.classes);
	}

	@Test
	void inputUsesOnlyTheCalculationAndTheSwedishFormats() {
		noClasses().that()
			.resideInAPackage(BASE + ".input..")
			.should()
			.dependOnClassesThat(
					ours().and(resideOutsideOfPackages(BASE + ".input..", BASE + ".calculation..", BASE + ".format..")))
			.check(this.classes);
	}

	@Test
	void theScbFetchUsesOnlyInputAndTheCalculation() {
		noClasses().that()
			.resideInAPackage(BASE + ".scb..")
			.should()
			.dependOnClassesThat(
					ours().and(resideOutsideOfPackages(BASE + ".scb..", BASE + ".input..", BASE + ".calculation..")))
			.check(this.classes);
	}

	private static DescribedPredicate<JavaClass> ours() {
		return resideInAPackage(BASE + "..");
	}

	@Test
	void domainPackagesUseNoAdapter() {
		noClasses().that()
			.resideInAnyPackage(BASE + ".version..", BASE + ".payment..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BASE + ".registry..", BASE + ".archive..", BASE + ".workbook..", BASE + ".report..",
					BASE + ".input..")
			.check(this.classes);
	}

}

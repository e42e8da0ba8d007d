package se.regionorebrolan.tillaggsbelopp.parameters;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

import se.regionorebrolan.tillaggsbelopp.input.InputProblem;

/**
 * SnakeYAML's English errors as a finance officer needs them: the line and column where
 * the mistake is (the opening quote of a quote that never closes, not the end of the
 * file) and what to write instead, in Swedish. An error not in the list still gets its
 * place and a Swedish hint; its English text is never shown.
 */
final class YamlMessages {

	private static final String TAB = "tabbtecken i indraget; YAML tillåter bara mellanslag där – byt tabbtecknet "
			+ "mot mellanslag, lika många som på raderna ovanför";

	private static final String TAB_AFTER = "tabbtecken efter ett namn eller värde; YAML tillåter bara mellanslag där "
			+ "– byt tabbtecknet mot ett mellanslag";

	private static final String INDENTATION = "indraget stämmer inte med raderna ovanför: namn på samma nivå ska ha "
			+ "lika många mellanslag framför sig, och ett namn under ett annat fler";

	private static final String SYNTAX = "YAML-syntaxen är fel här; skriv namn: värde, dra in med mellanslag och sätt "
			+ "ett värde med tecken som : # [ ] { } & * ! | > ' \" % @ ` inom citattecken";

	private static final String MISSING_COLON = "raden saknar kolon efter namnet; skriv namn: värde, med ett "
			+ "mellanslag efter kolonet";

	private static final String TAG = "taggen %s är inte tillåten; en inställningsfil innehåller bara namn och värden "
			+ "– ta bort taggen";

	/** Each known error: how to recognise it, where to point, what to say. */
	private static final List<Translation> TRANSLATIONS = List.of(
			problem("(TAB)", Where.PROBLEM, error -> indentation(error.getProblemMark()) ? TAB : TAB_AFTER),
			both("while scanning a quoted scalar", "found unexpected", Where.CONTEXT,
					error -> "citattecknet " + character(error.getContextMark())
							+ " här avslutas aldrig; sätt ett likadant citattecken efter värdet"),
			problem("unknown escape character", Where.BEFORE_PROBLEM, error -> escape()),
			problem("expected escape sequence", Where.PROBLEM, error -> escape()),
			problem("could not find expected ':'", Where.CONTEXT, error -> MISSING_COLON),
			problem("mapping values are not allowed here", Where.PROBLEM,
					error -> "ett kolon med mellanslag efter står mitt i ett värde; sätt värdet inom citattecken om "
							+ "det ska innehålla \": \", annars rätta indraget"),
			problem("sequence entries are not allowed here", Where.PROBLEM,
					error -> "ett listelement (- ) står där det inte får stå; rätta indraget"),
			both("while parsing a flow sequence", "expected ','", Where.CONTEXT,
					error -> "listan som börjar med [ här avslutas inte med ] (eller saknar kommatecken mellan "
							+ "värdena)"),
			both("while parsing a flow mapping", "expected ','", Where.CONTEXT,
					error -> "blocket som börjar med { här avslutas inte med } (eller saknar kommatecken mellan "
							+ "värdena)"),
			problem("expected <block end>", Where.PROBLEM, error -> INDENTATION),
			problem("found undefined alias", Where.PROBLEM,
					error -> "aliaset *" + after(error.getProblem(), "found undefined alias ")
							+ " hänvisar till ett ankare (&" + after(error.getProblem(), "found undefined alias ")
							+ ") som inte finns tidigare i filen"),
			problem("Global tag is not allowed", Where.PROBLEM,
					error -> String.format(TAG, tag(after(error.getProblem(), "allowed: ")))),
			problem("could not determine a constructor for the tag", Where.PROBLEM,
					error -> String.format(TAG, tag(after(error.getProblem(), "for the tag ")))),
			problem("expected alphabetic or numeric character", Where.PROBLEM,
					error -> "ett & eller * ska följas av ett namn (ett ankare eller alias); sätt värdet inom "
							+ "citattecken om det börjar med & eller *"),
			problem("for merging", Where.PROBLEM,
					error -> "<< ska följas av ett alias till ett block, t.ex. <<: *gemensamt"),
			problem("that cannot start any token", Where.PROBLEM,
					error -> "tecknet " + character(error.getProblemMark()) + " kan inte inleda ett värde; sätt "
							+ "värdet inom citattecken"));

	private YamlMessages() {
	}

	/** The error located in the file and explained. */
	static InputProblem problem(String file, MarkedYAMLException error) {
		Mark withoutColon = lineWithoutColon(error);
		if (withoutColon != null) {
			return at(file, withoutColon, MISSING_COLON);
		}
		for (Translation translation : TRANSLATIONS) {
			if (translation.matches(error)) {
				return at(file, translation.where().mark(error), translation.message().apply(error));
			}
		}
		return at(file, Where.PROBLEM.mark(error), SYNTAX);
	}

	/** A character YAML does not allow, e.g. a control character, located in the text. */
	static InputProblem problem(String file, String text, ReaderException error) {
		int[] codePoints = text.codePoints().limit(error.getPosition()).toArray();
		int line = 1;
		int column = 1;
		for (int codePoint : codePoints) {
			line += (codePoint == '\n') ? 1 : 0;
			column = (codePoint == '\n') ? 1 : column + 1;
		}
		return SettingsException.at(file, line, column,
				String.format(
						"tecknet U+%04X är ett styrtecken som inte " + "får stå i en inställningsfil; ta bort det",
						error.getCodePoint()));
	}

	static InputProblem at(String file, @Nullable Mark mark, String message) {
		if (mark == null) {
			return InputProblem.ofFile(file, message);
		}
		return SettingsException.at(file, mark.getLine() + 1, mark.getColumn() + 1, message);
	}

	private static String escape() {
		return "okänd kombination med \\ inom dubbla citattecken; skriv \\\\ för ett bakstreck (som i en "
				+ "Windows-sökväg) eller sätt värdet inom enkla citattecken";
	}

	/** {@code tag:yaml.org,2002:javax.x} as written: {@code !!javax.x}. */
	private static String tag(String tag) {
		return tag.strip().replace("tag:yaml.org,2002:", "!!");
	}

	private static String after(@Nullable String text, String marker) {
		if (text == null || !text.contains(marker)) {
			return "";
		}
		return text.substring(text.indexOf(marker) + marker.length()).strip();
	}

	/**
	 * {@code budget-year 2027} followed by {@code x: 1}: YAML reads both lines as one
	 * name (or the first as a value), and stops at the second. The line to correct is the
	 * one above, when it has no colon.
	 */
	private static @Nullable Mark lineWithoutColon(MarkedYAMLException error) {
		Mark mark = error.getProblemMark();
		boolean afterName = contains(error.getProblem(), "mapping values are not allowed here")
				|| contains(error.getProblem(), "expected <block end>, but found '<block mapping start>'");
		if (!afterName || mark == null || mark.getBuffer() == null) {
			return null;
		}
		int[] buffer = mark.getBuffer();
		int end = mark.getPointer() - mark.getColumn() - 1;
		int line = mark.getLine();
		while (end > 0) {
			int start = end - 1;
			while (start >= 0 && buffer[start] != '\n') {
				start--;
			}
			line--;
			String text = new String(buffer, start + 1, end - start - 1);
			if (!text.isBlank() && !text.strip().startsWith("#")) {
				int column = text.length() - text.stripLeading().length();
				return text.contains(":") || text.strip().startsWith("-") ? null
						: new Mark(mark.getName(), 0, line, column, buffer, start + 1 + column);
			}
			end = start;
		}
		return null;
	}

	private static boolean contains(@Nullable String text, String part) {
		return text != null && text.contains(part);
	}

	/** Whether only spaces and tabs come before the mark on its line. */
	private static boolean indentation(@Nullable Mark mark) {
		if (mark == null || mark.getBuffer() == null || mark.getPointer() < mark.getColumn()) {
			return true;
		}
		for (int index = mark.getPointer() - mark.getColumn(); index < mark.getPointer(); index++) {
			if (mark.getBuffer()[index] != ' ' && mark.getBuffer()[index] != '\t') {
				return false;
			}
		}
		return true;
	}

	/** The character at a mark, as the file shows it. */
	private static String character(@Nullable Mark mark) {
		if (mark == null || mark.getBuffer() == null || mark.getPointer() >= mark.getBuffer().length) {
			return "";
		}
		return new String(Character.toChars(mark.getBuffer()[mark.getPointer()]));
	}

	private static Translation problem(String text, Where where, Function<MarkedYAMLException, String> message) {
		return new Translation(null, text, where, message);
	}

	private static Translation both(String context, String problem, Where where,
			Function<MarkedYAMLException, String> message) {
		return new Translation(context, problem, where, message);
	}

	/** Which mark of the error names the place to correct. */
	private enum Where {

		/** Where SnakeYAML noticed the error. */
		PROBLEM,
		/** Where the construct that failed began, e.g. the opening quote. */
		CONTEXT,
		/**
		 * The character before where SnakeYAML noticed: the backslash of an escape it
		 * does not know.
		 */
		BEFORE_PROBLEM;

		@Nullable Mark mark(MarkedYAMLException error) {
			Mark preferred = (this == CONTEXT) ? error.getContextMark() : error.getProblemMark();
			if (this == BEFORE_PROBLEM && preferred != null && preferred.getColumn() > 0) {
				return new Mark(preferred.getName(), preferred.getIndex() - 1, preferred.getLine(),
						preferred.getColumn() - 1, preferred.getBuffer(), preferred.getPointer() - 1);
			}
			return (preferred != null) ? preferred
					: (error.getProblemMark() != null) ? error.getProblemMark() : error.getContextMark();
		}

	}

	private record Translation(@Nullable String context, String problem, Where where,
			Function<MarkedYAMLException, String> message) {

		boolean matches(MarkedYAMLException error) {
			boolean inContext = this.context == null || contains(error.getContext(), this.context);
			return inContext && (contains(error.getProblem(), this.problem)
					|| (this.context == null && contains(error.getContext(), this.problem)));
		}

		private static boolean contains(@Nullable String text, String part) {
			return text != null && text.contains(part);
		}

	}

}

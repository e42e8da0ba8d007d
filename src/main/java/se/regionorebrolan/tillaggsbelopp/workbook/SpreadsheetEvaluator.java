package se.regionorebrolan.tillaggsbelopp.workbook;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.ss.formula.BaseFormulaEvaluator;
import org.apache.poi.ss.formula.EvaluationCell;
import org.apache.poi.ss.formula.EvaluationName;
import org.apache.poi.ss.formula.EvaluationSheet;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaRenderer;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.WorkbookEvaluator;
import org.apache.poi.ss.formula.eval.ErrorEval;
import org.apache.poi.ss.formula.eval.EvaluationException;
import org.apache.poi.ss.formula.eval.TwoOperandNumericOperation;
import org.apache.poi.ss.formula.functions.FreeRefFunction;
import org.apache.poi.ss.formula.ptg.AddPtg;
import org.apache.poi.ss.formula.ptg.DividePtg;
import org.apache.poi.ss.formula.ptg.MultiplyPtg;
import org.apache.poi.ss.formula.ptg.NamePtg;
import org.apache.poi.ss.formula.ptg.NameXPtg;
import org.apache.poi.ss.formula.ptg.NumberPtg;
import org.apache.poi.ss.formula.ptg.OperationPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.ScalarConstantPtg;
import org.apache.poi.ss.formula.ptg.SubtractPtg;
import org.apache.poi.ss.formula.udf.DefaultUDFFinder;
import org.apache.poi.ss.formula.udf.UDFFinder;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.util.LittleEndianOutput;
import org.apache.poi.xssf.usermodel.BaseXSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Evaluates every formula of a workbook and stores the values in the file, with the
 * arithmetic of a spreadsheet that reads it: Excel and LibreOffice multiply and divide
 * binary doubles (IEEE 754), while POI 5.5.1 first rounds both operands to 15 decimal
 * digits, which moves a remainder in its eighth decimal (decision 21). Here the operators
 * {@code * / + -} are evaluated as LibreOffice does: the product and quotient of the
 * doubles, and a sum or difference of two numbers that are equal but for their last bits
 * is zero. Every function is POI's own.
 * <p>
 * The formulas in the file are not changed: for evaluation only, each formula with an
 * operator is read with the operator as a call of a function of this class.
 */
final class SpreadsheetEvaluator extends BaseXSSFFormulaEvaluator {

	private static final Map<String, TwoOperandNumericOperation> OPERATORS = Map.of("IEEE_MUL",
			operation((a, b) -> a * b), "IEEE_DIV", operation(SpreadsheetEvaluator::divide), "IEEE_ADD",
			operation(SpreadsheetEvaluator::add), "IEEE_SUB", operation((a, b) -> add(a, -b)));

	private static final Map<Ptg, String> OPERATOR_NAMES = Map.of(MultiplyPtg.instance, "IEEE_MUL", DividePtg.instance,
			"IEEE_DIV", AddPtg.instance, "IEEE_ADD", SubtractPtg.instance, "IEEE_SUB");

	/** 2⁻⁴⁸: LibreOffice's relative distance at which two doubles count as equal. */
	private static final double EQUAL = 1.0 / (16777216.0 * 16777216.0);

	private static final UDFFinder FUNCTIONS = functions();

	private final XSSFWorkbook workbook;

	private final XSSFEvaluationWorkbook book;

	private SpreadsheetEvaluator(XSSFWorkbook workbook, XSSFEvaluationWorkbook book) {
		super(new WorkbookEvaluator(new Operators(book), null, FUNCTIONS));
		this.workbook = workbook;
		this.book = book;
	}

	/** Evaluates every formula cell and stores its value with the formula. */
	static void evaluateAll(XSSFWorkbook workbook) {
		// The parser of the evaluation-only formulas must know the operator functions.
		workbook.addToolPack(FUNCTIONS);
		new SpreadsheetEvaluator(workbook, XSSFEvaluationWorkbook.create(workbook)).evaluateAll();
	}

	@Override
	public void evaluateAll() {
		BaseFormulaEvaluator.evaluateAllFormulaCells(this.workbook, this);
	}

	@Override
	public void notifySetFormula(Cell cell) {
		this._bookEvaluator.notifyUpdateCell(toEvaluationCell(cell));
	}

	@Override
	public void notifyDeleteCell(Cell cell) {
		this._bookEvaluator.notifyDeleteCell(toEvaluationCell(cell));
	}

	@Override
	public void notifyUpdateCell(Cell cell) {
		this._bookEvaluator.notifyUpdateCell(toEvaluationCell(cell));
	}

	@Override
	public Cell evaluateInCell(Cell cell) {
		throw new UnsupportedOperationException("evaluateAll stores the values with the formulas");
	}

	@Override
	protected EvaluationCell toEvaluationCell(Cell cell) {
		EvaluationSheet sheet = this.book.getSheet(this.workbook.getSheetIndex(cell.getSheet()));
		return sheet.getCell(cell.getRowIndex(), cell.getColumnIndex());
	}

	@Override
	protected RichTextString createRichTextString(String text) {
		return new XSSFRichTextString(text);
	}

	private static double divide(double dividend, double divisor) throws EvaluationException {
		if (divisor == 0.0) {
			throw new EvaluationException(ErrorEval.DIV_ZERO);
		}
		return dividend / divisor;
	}

	/**
	 * The sum, or zero when the two cancel but for their last bits (LibreOffice's
	 * {@code rtl::math::approxAdd}; Excel rounds such a result to zero too).
	 */
	static double add(double a, double b) {
		boolean opposite = (a < 0.0 && b > 0.0) || (a > 0.0 && b < 0.0);
		return (opposite && approximatelyEqual(a, -b)) ? 0.0 : a + b;
	}

	/** LibreOffice's {@code rtl::math::approxEqual}. */
	private static boolean approximatelyEqual(double a, double b) {
		if (a == b) {
			return true;
		}
		double difference = Math.abs(a - b);
		double absA = Math.abs(a);
		double absB = Math.abs(b);
		if (!Double.isFinite(difference) || difference > absA * EQUAL * 16 || difference > absB * EQUAL * 16) {
			return false;
		}
		if (integral(difference) && integral(absA) && integral(absB)) {
			return false;
		}
		return difference < absA * EQUAL && difference < absB * EQUAL;
	}

	private static boolean integral(double value) {
		return value < 0x1p53 && value == Math.rint(value);
	}

	private interface Arithmetic {

		double apply(double a, double b) throws EvaluationException;

	}

	private static TwoOperandNumericOperation operation(Arithmetic arithmetic) {
		return new TwoOperandNumericOperation() {
			@Override
			protected double evaluate(double a, double b) throws EvaluationException {
				return arithmetic.apply(a, b);
			}
		};
	}

	private static UDFFinder functions() {
		String[] names = OPERATORS.keySet().stream().sorted().toArray(String[]::new);
		FreeRefFunction[] functions = new FreeRefFunction[names.length];
		for (int i = 0; i < names.length; i++) {
			TwoOperandNumericOperation operation = OPERATORS.get(names[i]);
			functions[i] = (args, context) -> (args.length == 2)
					? operation.evaluate(args, context.getRowIndex(), context.getColumnIndex())
					: ErrorEval.VALUE_INVALID;
		}
		return new DefaultUDFFinder(names, functions);
	}

	/**
	 * The workbook as the evaluator sees it: the same, except that the formulas with
	 * operators are read with the operators as function calls.
	 */
	private static final class Operators implements EvaluationWorkbook {

		private final XSSFEvaluationWorkbook book;

		private final Map<Object, Ptg[]> tokens = new HashMap<>();

		Operators(XSSFEvaluationWorkbook book) {
			this.book = book;
		}

		@Override
		public Ptg[] getFormulaTokens(EvaluationCell cell) {
			return this.tokens.computeIfAbsent(cell.getIdentityKey(), key -> calls(cell));
		}

		private Ptg[] calls(EvaluationCell cell) {
			Ptg[] tokens = this.book.getFormulaTokens(cell);
			Ptg[] rendered = new Ptg[tokens.length];
			boolean operators = false;
			for (int i = 0; i < tokens.length; i++) {
				String name = OPERATOR_NAMES.get(tokens[i]);
				operators |= name != null;
				rendered[i] = (name != null) ? new Call(name)
						: (tokens[i] instanceof NumberPtg number) ? new Literal(number.getValue()) : tokens[i];
			}
			if (!operators) {
				return tokens;
			}
			return FormulaParser.parse(FormulaRenderer.toFormulaString(this.book, rendered), this.book,
					FormulaType.CELL, this.book.getSheetIndex(cell.getSheet()), cell.getRowIndex());
		}

		@Override
		public String getSheetName(int sheetIndex) {
			return this.book.getSheetName(sheetIndex);
		}

		@Override
		public int getSheetIndex(EvaluationSheet sheet) {
			return this.book.getSheetIndex(sheet);
		}

		@Override
		public int getSheetIndex(String sheetName) {
			return this.book.getSheetIndex(sheetName);
		}

		@Override
		public EvaluationSheet getSheet(int sheetIndex) {
			return this.book.getSheet(sheetIndex);
		}

		@Override
		public ExternalSheet getExternalSheet(int externSheetIndex) {
			return this.book.getExternalSheet(externSheetIndex);
		}

		@Override
		public ExternalSheet getExternalSheet(String firstSheetName, String lastSheetName, int externalWorkbookNumber) {
			return this.book.getExternalSheet(firstSheetName, lastSheetName, externalWorkbookNumber);
		}

		@Override
		public int convertFromExternSheetIndex(int externSheetIndex) {
			return this.book.convertFromExternSheetIndex(externSheetIndex);
		}

		@Override
		public ExternalName getExternalName(int externSheetIndex, int externNameIndex) {
			return this.book.getExternalName(externSheetIndex, externNameIndex);
		}

		@Override
		public ExternalName getExternalName(String nameName, String sheetName, int externalWorkbookNumber) {
			return this.book.getExternalName(nameName, sheetName, externalWorkbookNumber);
		}

		@Override
		public EvaluationName getName(NamePtg namePtg) {
			return this.book.getName(namePtg);
		}

		@Override
		public EvaluationName getName(String name, int sheetIndex) {
			return this.book.getName(name, sheetIndex);
		}

		@Override
		public String resolveNameXText(NameXPtg ptg) {
			return this.book.resolveNameXText(ptg);
		}

		@Override
		public UDFFinder getUDFFinder() {
			return this.book.getUDFFinder();
		}

		@Override
		public SpreadsheetVersion getSpreadsheetVersion() {
			return this.book.getSpreadsheetVersion();
		}

		@Override
		public void clearAllCachedResultValues() {
			this.tokens.clear();
			this.book.clearAllCachedResultValues();
		}

	}

	/**
	 * A number written with every digit of its double (POI renders 15), so that it reads
	 * back as the same double; only ever rendered as text.
	 */
	private static final class Literal extends ScalarConstantPtg {

		private final double value;

		Literal(double value) {
			this.value = value;
		}

		@Override
		public String toFormulaString() {
			return BigDecimal.valueOf(this.value).toPlainString();
		}

		@Override
		public int getSize() {
			return NumberPtg.SIZE;
		}

		@Override
		public void write(LittleEndianOutput out) {
			throw new UnsupportedOperationException("a literal is only rendered");
		}

		@Override
		public Ptg copy() {
			return this;
		}

		@Override
		public byte getSid() {
			return NumberPtg.sid;
		}

		@Override
		public Map<String, Supplier<?>> getGenericProperties() {
			return Map.of("value", () -> this.value);
		}

	}

	/**
	 * An operator written as a call of the function that evaluates it; only ever rendered
	 * as text, never evaluated or written.
	 */
	private static final class Call extends OperationPtg {

		private final String name;

		Call(String name) {
			this.name = name;
		}

		@Override
		public String toFormulaString(String[] operands) {
			return this.name + "(" + String.join(",", operands) + ")";
		}

		@Override
		public int getNumberOfOperands() {
			return 2;
		}

		@Override
		public int getSize() {
			return 1;
		}

		@Override
		public void write(LittleEndianOutput out) {
			throw new UnsupportedOperationException(this.name + " is only rendered");
		}

		@Override
		public String toFormulaString() {
			throw new UnsupportedOperationException(this.name + " is only rendered");
		}

		@Override
		public boolean isBaseToken() {
			return false;
		}

		@Override
		public Ptg copy() {
			return this;
		}

		@Override
		public byte getSid() {
			return MultiplyPtg.sid;
		}

	}

}

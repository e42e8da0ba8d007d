package se.regionorebrolan.tillaggsbelopp.workbook;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;

/**
 * The charts of Sammanställning, on a page of their own below the table and drawn from
 * its cells so that they follow them: the components of each municipality's total
 * stacked, and beside it the total per inhabitant 65+, where the small municipalities can
 * be compared with the large ones on one scale.
 */
final class SummaryChart {

	/**
	 * The rows the charts span: one landscape page, whatever the number of
	 * municipalities.
	 */
	private static final int HEIGHT = 30;

	/**
	 * The colour of each component, in {@link Component} order, readable in grey print
	 * too.
	 */
	private static final byte[][] COLORS = { { (byte) 0x1F, (byte) 0x4E, (byte) 0x79 },
			{ (byte) 0x2E, (byte) 0x75, (byte) 0xB6 }, { (byte) 0x9D, (byte) 0xC3, (byte) 0xE6 },
			{ (byte) 0xF4, (byte) 0xB1, (byte) 0x83 } };

	private SummaryChart() {
	}

	/**
	 * Draws the charts from the municipality rows {@code firstRow} to {@code lastRow} on
	 * a new page that starts at {@code topRow}.
	 */
	static void draw(SheetWriter sheet, int firstRow, int lastRow, int topRow) {
		sheet.newPage(topRow);
		XSSFDrawing drawing = sheet.sheet().createDrawingPatriarch();
		int middle = SummarySheet.TOTAL + 1;
		XSSFChart stacked = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, topRow, middle, topRow + HEIGHT));
		XDDFBarChartData components = bars(stacked, "Tilläggsbelopp per kommun och komponent (kr)",
				BarGrouping.STACKED);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet.sheet(),
				new CellRangeAddress(firstRow, lastRow, 1, 1));
		for (Component component : Component.values()) {
			series(sheet, components, names, firstRow, lastRow, SummarySheet.FIRST_COMPONENT + component.ordinal(),
					component.swedishLabel(), COLORS[component.ordinal()]);
		}
		plot(stacked, components);
		XSSFChart single = drawing
			.createChart(drawing.createAnchor(0, 0, 0, 0, middle, topRow, SummarySheet.PREVIOUS + 3, topRow + HEIGHT));
		XDDFBarChartData perInhabitant = bars(single, "Kronor per invånare 65 år och äldre", BarGrouping.CLUSTERED);
		series(sheet, perInhabitant, names, firstRow, lastRow, SummarySheet.INHABITANTS + 3, "Kr per invånare 65+",
				COLORS[0]);
		plot(single, perInhabitant);
	}

	private static XDDFBarChartData bars(XSSFChart chart, String title, BarGrouping grouping) {
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		if (grouping == BarGrouping.STACKED) {
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
		XDDFCategoryAxis municipalities = chart.createCategoryAxis(AxisPosition.LEFT);
		// The first municipality at the top, as in the table.
		municipalities.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis kronor = chart.createValueAxis(AxisPosition.BOTTOM);
		kronor.setCrosses(AxisCrosses.MAX);
		kronor.setNumberFormat("#,##0");
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, municipalities, kronor);
		data.setBarDirection(BarDirection.BAR);
		data.setBarGrouping(grouping);
		data.setVaryColors(false);
		return data;
	}

	private static void series(SheetWriter sheet, XDDFBarChartData data, XDDFDataSource<String> names, int firstRow,
			int lastRow, int column, String title, byte[] color) {
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet.sheet(),
				new CellRangeAddress(firstRow, lastRow, column, column));
		XDDFChartData.Series series = data.addSeries(names, values);
		series.setTitle(title, null);
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
	}

	private static void plot(XSSFChart chart, XDDFBarChartData data) {
		chart.plot(data);
		if (data.getBarGrouping() == BarGrouping.STACKED) {
			stackWithoutGaps(chart);
		}
	}

	/**
	 * Stacked bars need the series to overlap fully ({@code c:overlap val="100"}); POI's
	 * lite schemas lack that element's class, so it is written as plain XML before the
	 * axis ids.
	 */
	private static void stackWithoutGaps(XSSFChart chart) {
		CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
		try (XmlCursor cursor = bar.newCursor()) {
			String namespace = bar.getDomNode().getNamespaceURI();
			if (cursor.toChild(new QName(namespace, "axId"))) {
				cursor.beginElement(new QName(namespace, "overlap", "c"));
				cursor.insertAttributeWithValue("val", "100");
			}
		}
	}

}

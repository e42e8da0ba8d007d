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
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

import se.regionorebrolan.tillaggsbelopp.calculation.Component;

/**
 * The stacked bar chart of the four components per municipality on Sammanställning, drawn
 * from the table's cells so that it follows them.
 */
final class SummaryChart {

	private static final int ROWS_PER_MUNICIPALITY = 2;

	/**
	 * One colour per component, in {@link Component} order, readable in grey print too.
	 */
	private static final byte[][] COLORS = { { (byte) 0x1F, (byte) 0x4E, (byte) 0x79 },
			{ (byte) 0x2E, (byte) 0x75, (byte) 0xB6 }, { (byte) 0x9D, (byte) 0xC3, (byte) 0xE6 },
			{ (byte) 0xF4, (byte) 0xB1, (byte) 0x83 } };

	private SummaryChart() {
	}

	static void draw(SheetWriter sheet, int firstRow, int lastRow, int topRow) {
		XSSFDrawing drawing = sheet.sheet().createDrawingPatriarch();
		int height = Math.max(16, (lastRow - firstRow + 1) * ROWS_PER_MUNICIPALITY + 4);
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, SummarySheet.TOTAL + 1, topRow + height);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Tilläggsbelopp per kommun och komponent (kr)");
		chart.setTitleOverlay(false);
		XDDFChartLegend legend = chart.getOrAddLegend();
		legend.setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis municipalities = chart.createCategoryAxis(AxisPosition.LEFT);
		// The first municipality at the top, as in the table.
		municipalities.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis kronor = chart.createValueAxis(AxisPosition.BOTTOM);
		kronor.setCrosses(AxisCrosses.MAX);
		kronor.setNumberFormat("#,##0");
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, municipalities, kronor);
		data.setBarDirection(BarDirection.BAR);
		data.setBarGrouping(BarGrouping.STACKED);
		data.setVaryColors(false);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet.sheet(),
				new CellRangeAddress(firstRow, lastRow, 1, 1));
		for (Component component : Component.values()) {
			int column = SummarySheet.FIRST_COMPONENT + component.ordinal();
			XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet.sheet(),
					new CellRangeAddress(firstRow, lastRow, column, column));
			XDDFChartData.Series series = data.addSeries(names, values);
			series.setTitle(component.swedishLabel(), null);
			series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLORS[component.ordinal()])));
		}
		chart.plot(data);
		stackWithoutGaps(chart);
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

package se.regionorebrolan.tillaggsbelopp.input;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Input workbooks that are not what they claim to be (issue 14, item 12), made from a
 * workbook that is: an XML document type with an external entity (XXE) in a part, a zip
 * bomb, a sheet with more rows than Excel holds or too large to read, a package cut short
 * or without a part, an encrypted workbook and an old .xls.
 */
public final class HostileWorkbooks {

	/** The first sheet of a workbook POI writes: Kommuner for {@link CsvWorkbook}. */
	public static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

	public static final String CONTENT_TYPES = "[Content_Types].xml";

	private HostileWorkbooks() {
	}

	/**
	 * The workbook with a document type in {@code part} whose external entity names
	 * {@code secret} and is used in the part, as an XXE attack writes it.
	 */
	public static Path withExternalEntity(Path workbook, String part, Path secret, Path target) {
		Map<String, byte[]> parts = parts(workbook);
		String xml = new String(parts.get(part), StandardCharsets.UTF_8);
		String root = xml.substring(xml.indexOf('<', xml.indexOf("?>")) + 1).split("[ >]")[0];
		String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		String used = part.equals(CONTENT_TYPES)
				? xml.replaceFirst("<Default ", "<Default Extension=\"&xxe;\" ContentType=\"text/plain\"/><Default ")
				: xml.replaceFirst("<sheetData>",
						"<sheetData><row r=\"90\"><c r=\"A90\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
		parts.put(part, used.replaceFirst("\\?>", "?>" + doctype).getBytes(StandardCharsets.UTF_8));
		return write(parts, target, Deflater.DEFAULT_COMPRESSION);
	}

	/** The workbook with 20 MB of spaces in its first sheet: a package of some 50 kB. */
	public static Path zipBomb(Path workbook, Path target) {
		Map<String, byte[]> parts = parts(workbook);
		String sheet = new String(parts.get(FIRST_SHEET), StandardCharsets.UTF_8);
		parts.put(FIRST_SHEET, sheet.replaceFirst("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))
			.getBytes(StandardCharsets.UTF_8));
		return write(parts, target, Deflater.BEST_COMPRESSION);
	}

	/**
	 * The workbook whose first sheet has {@code rows} more rows of {@code cells} random
	 * numbers each (a row of one takes some 55 bytes, of two some 90), streamed and not
	 * compressed, so that a sheet of a hundred megabytes takes about a second and no more
	 * memory than a small one.
	 */
	public static Path withRows(Path workbook, int rows, int cells, Path target) {
		Map<String, byte[]> parts = parts(workbook);
		String sheet = new String(parts.get(FIRST_SHEET), StandardCharsets.UTF_8);
		int split = sheet.indexOf("</sheetData>");
		SplittableRandom random = new SplittableRandom(14);
		try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
			zip.setLevel(Deflater.NO_COMPRESSION);
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				if (!part.getKey().equals(FIRST_SHEET)) {
					zip.write(part.getValue());
					continue;
				}
				Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
				xml.write(sheet.substring(0, split));
				for (int r = 100; r < 100 + rows; r++) {
					xml.write("<row r=\"" + r + "\">");
					for (int c = 0; c < cells; c++) {
						xml.write("<c r=\"" + (char) ('E' + c) + r + "\"><v>" + random.nextInt(1_000_000_000)
								+ "</v></c>");
					}
					xml.write("</row>");
				}
				xml.write(sheet.substring(split));
				xml.flush();
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first half of the workbook's bytes, as an interrupted copy leaves it. */
	public static Path truncated(Path workbook, Path target) {
		try {
			byte[] bytes = Files.readAllBytes(workbook);
			return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The workbook without one of its parts. */
	public static Path without(Path workbook, String part, Path target) {
		Map<String, byte[]> parts = parts(workbook);
		parts.remove(part);
		return write(parts, target, Deflater.DEFAULT_COMPRESSION);
	}

	/** The workbook encrypted with a password, as Excel saves it. */
	public static Path encrypted(Path workbook, Path target) {
		try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("hemligt");
			try (OutputStream out = encryptor.getDataStream(ole2)) {
				Files.copy(workbook, out);
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				ole2.writeFilesystem(out);
			}
			return target;
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An Excel 97–2003 workbook (.xls) with one sheet. */
	public static Path oldXls(Path target) {
		try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
			old.createSheet("Kommuner").createRow(0).createCell(0).setCellValue("Kommunkod");
			old.write(out);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, byte[]> parts(Path workbook) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(workbook); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
			return parts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path write(Map<String, byte[]> parts, Path target, int level) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(level);
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return Files.write(target, bytes.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

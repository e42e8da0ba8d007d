package se.regionorebrolan.tillaggsbelopp.version;

/**
 * One input file of a registered run: its name, the SHA-256 of its bytes and its rows.
 */
public record RegisteredInput(String fileName, String sha256, int rows) {
}

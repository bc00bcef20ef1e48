package parley.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with left-aligned columns, for terminal output. */
final class Table {
	private final String[] header;
	private final List<String[]> rows = new ArrayList<>();

	Table(String... header) {
		this.header = header;
	}

	void row(String... cells) {
		rows.add(cells);
	}

	void print(PrintWriter out) {
		int[] widths = new int[header.length];
		for (int i = 0; i < header.length; i++) {
			widths[i] = header[i].length();
		}
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i] == null ? 0 : row[i].length());
			}
		}
		printRow(out, header, widths);
		for (String[] row : rows) {
			printRow(out, row, widths);
		}
	}

	private static void printRow(PrintWriter out, String[] cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			String cell = cells[i] == null ? "" : cells[i];
			line.append(cell);
			if (i < cells.length - 1) {
				line.append(" ".repeat(widths[i] - cell.length() + 2));
			}
		}
		out.println(line.toString().stripTrailing());
	}
}

package org.disputes.query.cases;

import java.io.Reader;
import java.io.StringReader;

/** Rows in the CSV that PostgreSQL's {@code COPY ... with (format csv)} reads: each value quoted, NULL as nothing. */
final class CsvRows {

    private final StringBuilder text;

    CsvRows(int expectedRows, int expectedRowLength) {
        this.text = new StringBuilder(expectedRows * expectedRowLength);
    }

    CsvRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            if (values[i] != null) { // quoted, even "" is a value; unquoted nothing is NULL
                text.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        text.append('\n');
        return this;
    }

    Reader reader() {
        return new StringReader(text.toString());
    }
}

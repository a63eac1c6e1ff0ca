package org.gamepicker.adapter.persistence.backup;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gamepicker.application.port.in.backup.InvalidBackupException;

/**
 * One column of a backed-up table and its portable JSON form, the same on H2 and PostgreSQL:
 * integers and doubles as numbers, booleans as booleans, text as strings, timestamps as ISO-8601
 * instants in UTC, NULL as null.
 */
record PortableColumn(String name, Kind kind, int sqlType) {

  /** The portable kinds of column the schema uses. */
  enum Kind {
    INTEGER,
    DOUBLE,
    BOOLEAN,
    TEXT,
    INSTANT
  }

  /** The column {@code index} (1-based) of a result set's metadata. */
  static PortableColumn of(java.sql.ResultSetMetaData metadata, int index) throws SQLException {
    String name = metadata.getColumnLabel(index).toLowerCase(Locale.ROOT);
    int type = metadata.getColumnType(index);
    Kind kind =
        switch (type) {
          case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
          case Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.DOUBLE;
          case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
          case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.CLOB, Types.NVARCHAR ->
              Kind.TEXT;
          case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
          default ->
              throw new IllegalStateException(
                  "Column "
                      + name
                      + " has the type "
                      + metadata.getColumnTypeName(index)
                      + ", which the backup has no portable form for");
        };
    return new PortableColumn(name, kind, type);
  }

  /** Writes this column's value in the current row of {@code rows} as a member of an object. */
  void write(ResultSet rows, int index, JsonGenerator json) throws SQLException {
    Object value =
        switch (kind) {
          case INTEGER -> rows.getLong(index);
          case DOUBLE -> rows.getDouble(index);
          case BOOLEAN -> rows.getBoolean(index);
          case TEXT -> rows.getString(index);
          case INSTANT -> rows.getObject(index, OffsetDateTime.class);
        };
    if (rows.wasNull() || value == null) {
      json.writeNull(name);
      return;
    }
    switch (value) {
      case Long number -> json.write(name, number);
      case Double number -> json.write(name, number);
      case Boolean flag -> json.write(name, flag);
      case OffsetDateTime time -> json.write(name, time.toInstant().toString());
      default -> json.write(name, (String) value);
    }
  }

  /**
   * Reads the value the parser has just reached ({@code event}) as this column's, for {@link
   * #bind}; {@code where} names the place in the document for the error.
   */
  Object read(JsonParser parser, JsonParser.Event event, String where) {
    if (event == JsonParser.Event.VALUE_NULL) {
      return null;
    }
    return switch (kind) {
      case INTEGER -> integer(parser, event, where);
      case DOUBLE -> {
        expect(event == JsonParser.Event.VALUE_NUMBER, "a number", event, where);
        yield parser.getBigDecimal().doubleValue();
      }
      case BOOLEAN -> {
        expect(
            event == JsonParser.Event.VALUE_TRUE || event == JsonParser.Event.VALUE_FALSE,
            "true or false",
            event,
            where);
        yield event == JsonParser.Event.VALUE_TRUE;
      }
      case TEXT -> {
        expect(event == JsonParser.Event.VALUE_STRING, "a string", event, where);
        yield parser.getString();
      }
      case INSTANT -> {
        expect(event == JsonParser.Event.VALUE_STRING, "an ISO-8601 instant string", event, where);
        try {
          yield Instant.parse(parser.getString()).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
          throw new InvalidBackupException(
              where
                  + ": expected an ISO-8601 instant such as 2026-01-31T20:15:00Z, found '"
                  + parser.getString()
                  + "'");
        }
      }
    };
  }

  /** Sets parameter {@code index} of an insert to a value {@link #read} returned. */
  void bind(PreparedStatement insert, int index, Object value) throws SQLException {
    if (value == null) {
      insert.setNull(index, sqlType);
    } else if (value instanceof Long number) {
      switch (sqlType) {
        case Types.INTEGER -> insert.setInt(index, Math.toIntExact(number));
        case Types.SMALLINT, Types.TINYINT -> insert.setShort(index, (short) (long) number);
        default -> insert.setLong(index, number);
      }
    } else {
      insert.setObject(index, value);
    }
  }

  private Long integer(JsonParser parser, JsonParser.Event event, String where) {
    expect(
        event == JsonParser.Event.VALUE_NUMBER && parser.isIntegralNumber(),
        "an integer",
        event,
        where);
    BigDecimal number = parser.getBigDecimal();
    long limit =
        switch (sqlType) {
          case Types.INTEGER -> Integer.MAX_VALUE;
          case Types.SMALLINT, Types.TINYINT -> Short.MAX_VALUE;
          default -> Long.MAX_VALUE;
        };
    if (number.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
      throw new InvalidBackupException(where + ": " + number + " is out of the column's range");
    }
    return number.longValueExact();
  }

  private static void expect(boolean ok, String expected, JsonParser.Event found, String where) {
    if (!ok) {
      throw new InvalidBackupException(
          where + ": expected " + expected + ", found " + describe(found));
    }
  }

  static String describe(JsonParser.Event event) {
    return switch (event) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case KEY_NAME -> "a member name";
      case END_OBJECT -> "the end of an object";
      case END_ARRAY -> "the end of an array";
    };
  }
}

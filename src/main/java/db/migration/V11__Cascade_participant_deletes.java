package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A buyer's or structure's requests, bookings and scheduled meetings go with them: their foreign keys
 * become {@code on delete cascade}, so deleting a participant is one statement instead of loops by hand.
 * <p>
 * Written in Java because V1 and V2 left these keys unnamed: H2 and PostgreSQL named them differently,
 * so the names are read from the database's metadata before the keys are dropped and made again, named.
 */
public class V11__Cascade_participant_deletes extends BaseJavaMigration {

    private static final List<String> TABLES = List.of("meeting_requests", "bookings", "scheduled_meetings");
    private static final List<String[]> PARENTS = List.of(new String[]{"buyer_id", "buyers"},
            new String[]{"structure_id", "structures"});

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData metaData = connection.getMetaData();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                for (String[] parent : PARENTS) {
                    String column = parent[0];
                    for (String name : foreignKeys(metaData, connection.getSchema(), table, column)) {
                        statement.execute("alter table " + table + " drop constraint " + name);
                    }
                    statement.execute("alter table " + table + " add constraint fk_" + table + "_" + column
                            + " foreign key (" + column + ") references " + parent[1] + " (id) on delete cascade");
                }
            }
        }
    }

    /** The names of the foreign keys on this column (H2 keeps names in upper case, PostgreSQL in lower case). */
    private static List<String> foreignKeys(DatabaseMetaData metaData, String schema, String table, String column) throws SQLException {
        String storedTable = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        List<String> names = new ArrayList<>();
        try (ResultSet keys = metaData.getImportedKeys(null, schema, storedTable)) {
            while (keys.next()) {
                if (keys.getString("FKCOLUMN_NAME").equalsIgnoreCase(column)) {
                    names.add(quoted(keys.getString("FK_NAME")));
                }
            }
        }
        if (names.isEmpty()) {
            throw new SQLException("no foreign key found on " + table + "." + column);
        }
        return names;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}

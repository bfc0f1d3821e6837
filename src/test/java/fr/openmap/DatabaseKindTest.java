package fr.openmap;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tagged tests really run on the database their run claims: PostgreSQL 17 in the pg run, H2 otherwise. */
@QuarkusTest
@Tag("persistence")
class DatabaseKindTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseIsTheOneTheProfileAsksFor() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery(
                     PostgresTestResource.active() ? "select version()" : "select H2VERSION()")) {
            assertTrue(version.next());
            String product = connection.getMetaData().getDatabaseProductName() + " " + version.getString(1);
            if (PostgresTestResource.active()) {
                assertTrue(product.startsWith("PostgreSQL PostgreSQL 17."), product);
            } else {
                assertTrue(product.startsWith("H2 2."), product);
            }
        }
    }
}

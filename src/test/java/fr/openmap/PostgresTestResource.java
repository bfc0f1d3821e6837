package fr.openmap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * An embedded PostgreSQL 17 for the tests when the test profiles include {@code pg}
 * ({@code -Dquarkus.test.profile=test,pg}, as the "postgresql" surefire execution does);
 * with the default profile it starts nothing and the tests stay on H2. Global, so that every
 * test class shares the one Quarkus boot.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    /** Whether this test run is on PostgreSQL (profile {@code pg}) rather than H2. */
    public static boolean active() {
        String profiles = Optional.ofNullable(System.getProperty("quarkus.test.profile"))
                .orElseGet(() -> Optional.ofNullable(System.getenv("QUARKUS_TEST_PROFILE")).orElse(""));
        return Arrays.stream(profiles.split(",")).map(String::trim).anyMatch("pg"::equals);
    }

    @Override
    public Map<String, String> start() {
        if (!active()) {
            return Map.of();
        }
        try {
            // a throwaway database: no need to wait for the disk
            postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

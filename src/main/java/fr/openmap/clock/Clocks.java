package fr.openmap.clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The application's notion of "now", one bean so that a test can stand in another clock (see the live board). */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    Clock system() {
        return Clock.systemUTC();
    }
}

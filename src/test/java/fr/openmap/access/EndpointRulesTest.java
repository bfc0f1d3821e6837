package fr.openmap.access;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every REST and page method declares who may call it ({@code @RolesAllowed}, {@code @PermitAll}
 * or {@code @DenyAll}, on the method or its class): a new endpoint without a rule fails here.
 */
class EndpointRulesTest {

    private static final Set<Class<? extends Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    @Test
    void everyEndpointDeclaresWhoMayCallIt() throws Exception {
        List<Method> endpoints = endpoints();
        List<String> undeclared = endpoints.stream().filter(m -> !declaresRule(m))
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).sorted().toList();
        assertEquals(List.of(), undeclared, "endpoints without @RolesAllowed/@PermitAll/@DenyAll");
        // the scan found the API and the pages, so an empty list above means something
        assertTrue(endpoints.size() >= 50, "only " + endpoints.size() + " endpoints found");
        assertTrue(endpoints.stream().anyMatch(m -> m.getDeclaringClass().getSimpleName().equals("PersonalPage")));
        assertTrue(endpoints.stream().anyMatch(m -> m.getDeclaringClass().getSimpleName().equals("ReviewPage")));
        assertTrue(endpoints.stream().anyMatch(m -> m.getDeclaringClass().getSimpleName().equals("ReviewersPage")));
    }

    /** The committee's review pages admit committee members only; the committee's console page, organizers only. */
    @Test
    void theReviewPagesAdmitOnlyCommitteeMembers() throws Exception {
        int found = 0;
        for (Method m : endpoints()) {
            String type = m.getDeclaringClass().getSimpleName();
            if (!type.equals("ReviewPage") && !type.equals("ReviewersPage")) {
                continue;
            }
            RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                    : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
            String expected = type.equals("ReviewPage") ? Roles.REVIEWER : Roles.ORGANIZER;
            assertEquals(List.of(expected), roles == null ? List.of() : List.of(roles.value()), m.toString());
            found++;
        }
        assertTrue(found >= 12, found + " committee endpoints");
    }

    @Test
    void onlyThePersonalAgendaOfThePrintedDocumentsIsOpenToParticipants() throws Exception {
        List<String> rules = new ArrayList<>();
        for (Method m : endpoints()) {
            if (m.getDeclaringClass().getSimpleName().matches("PrintResource|PrintPage")) {
                RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                        : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
                rules.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " " + String.join(",", roles.value()));
            }
        }
        assertEquals(List.of("PrintPage.page organizer", "PrintResource.agenda organizer,buyer,structure",
                "PrintResource.agendas organizer", "PrintResource.badges organizer", "PrintResource.runningOrder organizer",
                "PrintResource.tableSigns organizer", "PrintResource.wallChart organizer"), rules.stream().sorted().toList());
    }

    /** The welcome desk (staff) reaches the day pages and nothing else; the desk's link is the organizer's to manage. */
    @Test
    void theStaffRoleOpensOnlyTheDayPages() throws Exception {
        List<String> staff = new ArrayList<>();
        for (Method m : endpoints()) {
            RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                    : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
            if (roles != null && List.of(roles.value()).contains(Roles.STAFF)) {
                staff.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
            }
        }
        assertEquals(List.of("DayPage.absentAllConfirmation", "DayPage.checkIn", "DayPage.counts", "DayPage.markAbsent",
                "DayPage.markAbsentAll", "DayPage.markArrived",
                "DayPage.page", "DayPage.typedCode", "DayPage.undo", "DayPage.undoAbsent"), staff.stream().sorted().toList());
    }

    /** Whether meetings took place: organizers read it (page and API), not the welcome desk; participants say it from their own space. */
    @Test
    void meetingsHeldAreReadByOrganizersAndSaidByParticipants() throws Exception {
        List<String> rules = new ArrayList<>();
        for (Method m : endpoints()) {
            String type = m.getDeclaringClass().getSimpleName();
            if (type.matches("HeldPage|MeetingHeldPage|MeetingOutcomeResource")) {
                RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                        : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
                rules.add(type + "." + m.getName() + " " + String.join(",", roles.value()));
            }
        }
        assertEquals(List.of("HeldPage.page organizer", "MeetingHeldPage.mark buyer,structure",
                "MeetingOutcomeResource.report organizer"), rules.stream().sorted().toList());
    }

    @Test
    void onlyTheKnownRolesAreUsed() throws Exception {
        Set<String> known = Set.of(Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE, Roles.REVIEWER, Roles.STAFF);
        for (Method m : endpoints()) {
            RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                    : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
            if (roles != null) {
                for (String role : roles.value()) {
                    assertTrue(known.contains(role), m + " uses an unknown role " + role);
                }
            }
        }
    }

    /** The personal space (everything below /p/) is for its buyer or structure only: no page there is open to all or to the organizer. */
    @Test
    void personalPagesAdmitOnlyBuyersAndStructures() throws Exception {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (Method m : endpoints()) {
            Path type = m.getDeclaringClass().getAnnotation(Path.class);
            if (type == null || !type.value().startsWith("/p/")) {
                continue;
            }
            pages++;
            RolesAllowed roles = m.isAnnotationPresent(RolesAllowed.class) ? m.getAnnotation(RolesAllowed.class)
                    : m.getDeclaringClass().getAnnotation(RolesAllowed.class);
            // buyers and structures, or one side only (booking is the buyers', the pitch application the structures')
            if (m.isAnnotationPresent(PermitAll.class) || roles == null || roles.value().length == 0
                    || !Set.of(Roles.BUYER, Roles.STRUCTURE).containsAll(Set.of(roles.value()))) {
                wrong.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(pages >= 8, pages + " personal-space endpoints");
    }

    static List<Method> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EndpointRulesTest.class.getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)
                            || (method.isAnnotationPresent(Path.class) && !method.isSynthetic())) {
                        endpoints.add(method);
                    }
                }
            }
        }
        return endpoints;
    }

    private static boolean declaresRule(Method m) {
        return hasRule(m.getAnnotations()) || hasRule(m.getDeclaringClass().getAnnotations());
    }

    private static boolean hasRule(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof RolesAllowed || a instanceof PermitAll || a instanceof DenyAll) {
                return true;
            }
        }
        return false;
    }
}

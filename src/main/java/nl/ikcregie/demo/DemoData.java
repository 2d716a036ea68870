package nl.ikcregie.demo;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ikcregie.account.AccountService;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.organisation.Organisation;
import nl.ikcregie.organisation.OrganisationKind;
import nl.ikcregie.organisation.PriorityArea;
import nl.ikcregie.shared.Roles;

/**
 * The demo year of CONTRACT.md, modelled on Leeuwarden's Kansen voor Kinderen 2. Idempotent:
 * everything is looked up by its natural key first, so a second load adds nothing.
 */
@ApplicationScoped
public class DemoData {

    static final String PASSWORD = "demo";
    static final String GEMEENTE = "Gemeente Leeuwarden";

    @Inject
    AccountService accounts;

    @Inject
    java.time.Clock clock;

    @Inject
    DemoApplications applications;

    @Inject
    DemoDecisions decisions;

    @Inject
    DemoDesignations designations;

    @Inject
    DemoAgreements agreements;

    @Inject
    DemoReports reports;

    @Transactional
    public void load() {
        boolean present = Organisation.findByName("Proloog").isPresent();
        organisation("Proloog", OrganisationKind.ONDERWIJSKOEPEL);
        organisation("PCBO e.o.", OrganisationKind.ONDERWIJSKOEPEL);
        organisation("Bisschop Möller Stichting", OrganisationKind.ONDERWIJSKOEPEL);
        organisation("Sinne Kinderopvang", OrganisationKind.KINDEROPVANG);
        organisation("Stichting Kinderopvang Friesland", OrganisationKind.KINDEROPVANG);
        organisation(GEMEENTE, OrganisationKind.GEMEENTE);
        // the areas run in two-year cycles (herijking); the demo puts them in the cycle of today
        int year = LocalDate.now(clock).getYear();
        int cycleStart = year - Math.floorMod(year - 2025, 2);
        for (String[] row : csv("demo/aandachtsgebieden.csv")) {
            area(row[0], row[1], LocalDate.of(cycleStart, 1, 1), LocalDate.of(cycleStart + 1, 12, 31));
        }
        java.util.Map<String, Integer> children = new java.util.HashMap<>();
        for (String[] row : csv("demo/ikcs.csv")) {
            ikc(row);
            children.put(row[0], Integer.valueOf(row[7].strip()));
        }
        user("beheerder", "Bea Beheer", Roles.BEHEERDER, GEMEENTE);
        user("projectleider", "Pieter Projectleider", Roles.PROJECTLEIDER, GEMEENTE);
        user("bestuurder", "Wethouder Bouma", Roles.BESTUURDER, GEMEENTE);
        user("ontwikkelgroep", "Ontwikkelgroep KvK2", Roles.ONTWIKKELGROEP, GEMEENTE);
        user("aanvrager-proloog", "Anke de Vries (Proloog)", Roles.AANVRAGER, "Proloog");
        user("aanvrager-pcbo", "Jelle Hoekstra (PCBO)", Roles.AANVRAGER, "PCBO e.o.");
        user("aanvrager-bms", "Maria Jansen (BMS)", Roles.AANVRAGER, "Bisschop Möller Stichting");
        user("aanvrager-sinne", "Sietske Postma (Sinne)", Roles.AANVRAGER, "Sinne Kinderopvang");
        user("commissie-proloog", "Gerrit Dijkstra (commissie, Proloog)", Roles.COMMISSIELID, "Proloog");
        user("commissie-pcbo", "Froukje Visser (commissie, PCBO)", Roles.COMMISSIELID, "PCBO e.o.");
        user("commissie-bms", "Thomas Mulder (commissie, BMS)", Roles.COMMISSIELID, "Bisschop Möller Stichting");
        user("commissie-sinne", "Ytsje de Boer (commissie, Sinne)", Roles.COMMISSIELID, "Sinne Kinderopvang");
        applications.load();
        decisions.load();
        designations.load();
        agreements.load(children);
        reports.load();
        if (present) {
            Log.info("Demo data already present (from an earlier start): nothing added twice");
            return;
        }
        Log.info("Demo data loaded (organisations, aandachtsgebieden, IKCs, accounts, rounds 2026 and 2027 "
                + "with their applications; 2026 assessed, advised and decided; the nine Plus-IKCs designated, "
                + "with their result agreements; the 2026 yearly reports in various states)");
    }

    private static Organisation organisation(String name, OrganisationKind kind) {
        return Organisation.findByName(name).orElseGet(() -> {
            Organisation o = new Organisation();
            o.name = name;
            o.kind = kind;
            o.persist();
            return o;
        });
    }

    private static void area(String name, String description, LocalDate from, LocalDate until) {
        if (PriorityArea.findByName(name).isPresent()) {
            return;
        }
        PriorityArea area = new PriorityArea();
        area.name = name;
        area.description = description;
        area.validFrom = from;
        area.validUntil = until;
        area.persist();
    }

    /** naam;onderwijskoepel;aandachtsgebied;categorie;wijkOfDorp;speciaalOnderwijs;kinderopvangpartners;aantalKinderen */
    private static void ikc(String[] row) {
        if (Ikc.findByName(row[0]).isPresent()) {
            return;
        }
        Ikc ikc = new Ikc();
        ikc.name = row[0];
        ikc.schoolBoard = Organisation.findByName(row[1]).orElseThrow();
        ikc.priorityArea = row[2].isBlank() ? null : PriorityArea.findByName(row[2]).orElseThrow();
        ikc.category = IkcCategory.valueOf(row[3]);
        ikc.neighbourhood = row[4];
        ikc.specialEducation = Boolean.parseBoolean(row[5]);
        for (String partner : row[6].split("\\|")) {
            ikc.childcarePartners.add(Organisation.findByName(partner.strip()).orElseThrow());
        }
        ikc.persist();
    }

    private void user(String username, String displayName, String role, String organisation) {
        accounts.createIfAbsent(username, displayName, username + "@example.org", role,
                Organisation.findByName(organisation).orElseThrow().id, PASSWORD);
    }

    private static List<String[]> csv(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Demo resource missing: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

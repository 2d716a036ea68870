package nl.ikcregie.bench;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.ikcregie.bench.Model.Ikc;
import nl.ikcregie.bench.Model.Member;
import nl.ikcregie.bench.Model.Org;

/**
 * The organisations, aandachtsgebieden, IKCs (with childcare partners and child counts) and
 * accounts. The municipality is the one already there (the demo's), else Gemeente Leeuwarden is
 * added, so the demo finds it by name if it loads later.
 */
final class ReferenceData {

    /** The account whose presence marks the national data set; it is the first row the load writes. */
    static final String MARKER_USER = "landelijk-projectleider";
    static final String PROJECTLEIDER = MARKER_USER;
    static final String BEHEERDER = "landelijk-beheerder";
    static final String BESTUURDER = "landelijk-bestuurder";
    static final String ONTWIKKELGROEP = "landelijk-ontwikkelgroep";
    static final String PASSWORD = "demo";
    static final String MUNICIPALITY = "Gemeente Leeuwarden";
    /** The aandachtsgebieden as re-evaluated at the start of the current two-year cycle. */
    static final LocalDate AREAS_FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate AREAS_UNTIL = LocalDate.of(2026, 12, 31);
    /** When the reference data was entered, before the first round opened. */
    static final LocalDate ENTERED_ON = LocalDate.of(2015, 9, 1);

    final Load load;
    Org municipality;
    final List<Org> boards = new ArrayList<>();
    final List<Org> childcare = new ArrayList<>();
    final List<Ikc> ikcs = new ArrayList<>();
    final List<Ikc> plusIkcs = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Long> areaIds = new ArrayList<>();
    final List<String> areaNames = new ArrayList<>();
    final java.util.Map<String, String> displayNames = new java.util.HashMap<>();
    private String passwordHash;

    ReferenceData(Load load) {
        this.load = load;
    }

    void load() throws SQLException {
        Set<String> organisationNames = names("organisation");
        Set<String> ikcNames = names("ikc");
        Set<String> areaNames = names("priority_area");
        Random r = load.random("reference");
        // bcrypt once: the same hash for every generated account (password "demo"), salted from the seed
        byte[] salt = new byte[16];
        load.random("password").nextBytes(salt);
        passwordHash = BcryptUtil.bcryptHash(PASSWORD, 10, salt);

        municipality = existingMunicipality();
        if (municipality == null) {
            municipality = new Org(load.id("organisation"), Names.unique(MUNICIPALITY, organisationNames), "GEMEENTE");
            organisation(municipality);
        }
        user(MARKER_USER, "Petra Projectleider (landelijk)", "projectleider", municipality.id);
        user("landelijk-projectleider-2", "Hans Projectleider (landelijk)", "projectleider", municipality.id);
        user("landelijk-projectleider-3", "Noor Projectleider (landelijk)", "projectleider", municipality.id);
        user(BEHEERDER, "Bea Beheer (landelijk)", "beheerder", municipality.id);
        user(BESTUURDER, "Wethouder Wijnstra (landelijk)", "bestuurder", municipality.id);
        user(ONTWIKKELGROEP, "Ontwikkelgroep (landelijk)", "ontwikkelgroep", municipality.id);

        Set<String> places = new HashSet<>();
        for (int i = 0; i < load.plan.schoolBoards(); i++) {
            String name = Names.unique(String.format(Names.pick(r, Names.BOARD_PATTERNS), Names.place(r, places)),
                    organisationNames);
            Org board = new Org(load.id("organisation"), name, "ONDERWIJSKOEPEL");
            organisation(board);
            applicant(board, String.format("landelijk-aanvrager-sb-%04d", i + 1), r);
            boards.add(board);
        }
        for (int i = 0; i < load.plan.childcareOrganisations(); i++) {
            String name = Names.unique(String.format(Names.pick(r, Names.CHILDCARE_PATTERNS), Names.place(r, places)),
                    organisationNames);
            Org kov = new Org(load.id("organisation"), name, "KINDEROPVANG");
            organisation(kov);
            applicant(kov, String.format("landelijk-aanvrager-kov-%04d", i + 1), r);
            childcare.add(kov);
        }
        members(r);
        areas(r, places, areaNames);
        ikcs(r, places, ikcNames);
        load.section("Organisaties, gebieden, IKC's");
    }

    private Set<String> names(String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = load.connection.createStatement(); ResultSet rs = s.executeQuery("select name from " + table)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private Org existingMunicipality() throws SQLException {
        try (Statement s = load.connection.createStatement();
                ResultSet rs = s.executeQuery("select id, name from organisation where kind = 'GEMEENTE' order by id limit 1")) {
            return rs.next() ? new Org(rs.getLong(1), rs.getString(2), "GEMEENTE") : null;
        }
    }

    private void organisation(Org o) throws SQLException {
        load.table("organisation", "id", "name", "kind", "version").row(o.id, o.name, o.kind, 0L);
        load.audit("ORGANISATIE", o.id, "AANGEMAAKT", null, null, null, o.name + " (" + o.kind + ")", BEHEERDER,
                Load.at(ENTERED_ON, 10, 0));
    }

    private void applicant(Org o, String username, Random r) throws SQLException {
        o.applicant = username;
        o.applicantName = Names.person(r) + " (" + o.name + ")";
        user(username, o.applicantName, "aanvrager", o.id);
    }

    private void user(String username, String displayName, String role, long organisationId) throws SQLException {
        long id = load.id("app_user");
        displayNames.put(username, displayName);
        load.table("app_user", "id", "username", "password_hash", "display_name", "email", "role", "organisation_id",
                "active", "version").row(id, username, passwordHash, displayName, username + "@example.org", role,
                        organisationId, true, 0L);
        load.audit("ACCOUNT", id, "AANGEMAAKT", null, null, null, username + " (" + role + ")", BEHEERDER,
                Load.at(ENTERED_ON, 11, 0));
    }

    /** Mostly school boards' people and some of childcare; each organisation at most once while there are enough. */
    private void members(Random r) throws SQLException {
        int fromChildcare = Math.max(1, load.plan.members() / 5);
        List<Org> boardOrder = new ArrayList<>(boards);
        List<Org> childcareOrder = new ArrayList<>(childcare);
        Collections.shuffle(boardOrder, r);
        Collections.shuffle(childcareOrder, r);
        for (int i = 0; i < load.plan.members(); i++) {
            Org org = i < load.plan.members() - fromChildcare ? boardOrder.get(i % boardOrder.size())
                    : childcareOrder.get(i % childcareOrder.size());
            String username = String.format("landelijk-commissielid-%03d", i + 1);
            String name = Names.person(r) + " (commissie, " + org.name + ")";
            user(username, name, "commissielid", org.id);
            members.add(new Member(username, name, org.id, (r.nextDouble() - 0.5) * 0.7));
        }
    }

    private void areas(Random r, Set<String> places, Set<String> taken) throws SQLException {
        for (int i = 0; i < load.plan.priorityAreas(); i++) {
            String name = Names.unique(Names.pick(r, Names.DISTRICTS) + " (" + Names.place(r, places) + ")", taken);
            long id = load.id("priority_area");
            String description = "Aandachtsgebied gekozen op basis van Kinderen in Tel, het CBS OAB-dashboard en de "
                    + "Jeugdmonitor; herijkt voor " + AREAS_FROM.getYear() + "-" + AREAS_UNTIL.getYear() + ".";
            load.table("priority_area", "id", "name", "description", "valid_from", "valid_until", "version")
                    .row(id, name, description, AREAS_FROM, AREAS_UNTIL, 0L);
            load.audit("AANDACHTSGEBIED", id, "AANGEMAAKT", null, null, null,
                    name + ", geldig " + AREAS_FROM + " t/m " + AREAS_UNTIL, PROJECTLEIDER, Load.at(AREAS_FROM.minusDays(20), 10, 0));
            areaIds.add(id);
            areaNames.add(name);
        }
    }

    private void ikcs(Random r, Set<String> places, Set<String> taken) throws SQLException {
        int n = load.plan.ikcs();
        // boards differ in size: a few large boards, many small ones
        double[] weight = new double[boards.size()];
        double total = 0;
        for (int b = 0; b < weight.length; b++) {
            weight[b] = Math.exp(r.nextGaussian() * 0.8);
            total += weight[b];
        }
        List<String> ikcPlaces = new ArrayList<>();
        for (int i = 0; i < Math.max(1, n / 5); i++) {
            ikcPlaces.add(Names.place(r, places));
        }
        for (int i = 0; i < n; i++) {
            Org board = i < boards.size() ? boards.get(i) : boards.get(weighted(r, weight, total));
            String place = Names.pick(r, ikcPlaces);
            Ikc ikc = new Ikc(load.id("ikc"), ikcName(r, place, taken), board);
            ikc.neighbourhood = place;
            int partners = r.nextInt(100) < 65 ? 1 : r.nextInt(100) < 86 ? 2 : 3;
            if (i < childcare.size()) {
                ikc.partners.add(childcare.get(i));
            }
            while (ikc.partners.size() < Math.min(partners, childcare.size())) {
                Org kov = Names.pick(r, childcare);
                if (!ikc.partners.contains(kov)) {
                    ikc.partners.add(kov);
                }
            }
            ikc.specialEducation = r.nextInt(100) < 4;
            ikc.quality = 2.3 + 1.8 * r.nextDouble();
            for (int c = 0; c < Plan.CRITERIA; c++) {
                ikc.levels[c] = clamp((int) Math.round((ikc.quality - 1.8) * 0.8 + r.nextGaussian() * 0.7), 0, 3);
            }
            ikc.children = 60 + r.nextInt(380);
            ikcs.add(ikc);
        }
        // the IKCs in aandachtsgebieden, every area with at least one; the first of them are the Plus-IKCs
        List<Ikc> shuffled = new ArrayList<>(ikcs);
        Collections.shuffle(shuffled, r);
        for (int i = 0; i < load.plan.ikcsInAreas(); i++) {
            Ikc ikc = shuffled.get(i);
            int area = i < areaIds.size() ? i : r.nextInt(areaIds.size());
            ikc.areaId = areaIds.get(area);
            ikc.areaName = areaNames.get(area);
            if (i < load.plan.plusIkcs()) {
                ikc.plus = true;
                ikc.quality = Math.min(4.6, ikc.quality + 0.3);
            }
        }
        for (Ikc ikc : ikcs) {
            ikc.category = ikc.plus ? "PLUS" : ikc.areaId == null && r.nextInt(100) < 15 ? "KLEINE_KERN" : "REGULIER";
            if (ikc.plus) {
                plusIkcs.add(ikc);
            }
            load.table("ikc", "id", "name", "school_board_id", "priority_area_id", "category", "special_education",
                    "neighbourhood", "version").row(ikc.id, ikc.name, ikc.board.id, ikc.areaId, ikc.category,
                            ikc.specialEducation, ikc.neighbourhood, 0L);
            for (Org partner : ikc.partners) {
                load.table("ikc_childcare_partner", "ikc_id", "organisation_id").row(ikc.id, partner.id);
            }
            // children aged 2+ on the count date (1 October before each round)
            for (int year = Plan.FIRST_YEAR; year <= Plan.ADVICE_YEAR; year++) {
                int count = Math.max(0, (int) Math.round(ikc.children * (1 + 0.015 * (year - 2020)) + r.nextGaussian() * 6));
                load.table("ikc_child_count", "ikc_id", "count_date", "children")
                        .row(ikc.id, LocalDate.of(year - 1, 10, 1), count);
            }
            load.audit("IKC", ikc.id, "AANGEMAAKT", null, null, null, ikc.name + " (" + ikc.category + ", "
                    + ikc.board.name + ")", BEHEERDER, Load.at(ENTERED_ON, 14, 0));
        }
    }

    /** "IKC De Regenboog, Veenwijk": another school name when that one is taken in the place, a number only at last. */
    private static String ikcName(Random r, String place, Set<String> taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = "IKC " + Names.pick(r, Names.SCHOOL_NAMES) + ", " + place;
            if (taken.add(name)) {
                return name;
            }
        }
        return Names.unique("IKC " + Names.pick(r, Names.SCHOOL_NAMES) + ", " + place, taken);
    }

    private static int weighted(Random r, double[] weight, double total) {
        double x = r.nextDouble() * total;
        for (int i = 0; i < weight.length; i++) {
            x -= weight[i];
            if (x < 0) {
                return i;
            }
        }
        return weight.length - 1;
    }

    static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}

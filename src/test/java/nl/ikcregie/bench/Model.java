package nl.ikcregie.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the parts of the load hand each other: the generated objects they refer to by id. */
final class Model {

    private Model() {
    }

    /** An organisation and the aanvrager who acts for it. */
    static final class Org {
        final long id;
        final String name;
        final String kind;
        String applicant;
        String applicantName;

        Org(long id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }
    }

    /** A commissielid: username, name, organisation and how mildly they score. */
    record Member(String username, String displayName, long organisationId, double leniency) {
    }

    /** An IKC with the latent figures its applications and reports are drawn from. */
    static final class Ikc {
        final long id;
        final String name;
        final Org board;
        final List<Org> partners = new ArrayList<>();
        Long areaId;
        String areaName;
        String category;
        boolean specialEducation;
        String neighbourhood;
        boolean plus;
        /** How good its plans are, on the 1-5 scale of the commissie. */
        double quality;
        /** The level (IntegrationLevel ordinal) on each of the 12 criteria; grows over the years. */
        final int[] levels = new int[Plan.CRITERIA];
        int children;
        /** The self-assessment's current levels of its application per year (for the reports' previous levels). */
        final Map<Integer, int[]> appliedLevels = new LinkedHashMap<>();
        /** The reports' levels per year, once a report was filled in. */
        final Map<Integer, int[]> reportedLevels = new LinkedHashMap<>();

        Ikc(long id, String name, Org board) {
            this.id = id;
            this.name = name;
            this.board = board;
        }

        boolean involves(long organisationId) {
            return board.id == organisationId || partners.stream().anyMatch(p -> p.id == organisationId);
        }
    }

    /** An obligation of a decision, with the day it was met (null when not yet). */
    record Obligation(String description, LocalDate dueOn, LocalDate fulfilledOn) {
    }

    /** What happens to a grant's yearly report; SETTLED is an approved report whose subsidy was settled. */
    enum ReportFate {
        NOT_STARTED, CONCEPT, WIJZIGING_GEVRAAGD, INGEDIEND, GOEDGEKEURD, SETTLED
    }

    /** A grant (TOEGEKEND or DEELS_TOEGEKEND) in force, for the yearly reports and settlements. */
    record Grant(long applicationId, long decisionId, Ikc ikc, int year, String reference, long grantedCents,
            LocalDate settlementDue, List<Obligation> obligations, String how, String what, ReportFate fate,
            String outcome) {
    }
}

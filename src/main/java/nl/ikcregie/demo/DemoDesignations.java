package nl.ikcregie.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.ikcregie.designation.DesignationCondition;
import nl.ikcregie.designation.DesignationService;
import nl.ikcregie.designation.PlusConditions;
import nl.ikcregie.designation.PlusDesignation;
import nl.ikcregie.designation.ReviewOutcome;
import nl.ikcregie.organisation.Ikc;
import nl.ikcregie.organisation.IkcCategory;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.ClockProducer;

/**
 * The nine Plus-IKCs of seed 003 designated: proposed in November 2024, granted by the college on
 * 17 December 2024 from 1 January 2025 (to the end of the programme, 2028), all eleven conditions
 * met. IKC Franciscus had an interim herijking in March 2026 (continued); OBS Potmarge is flagged
 * for herijking because its area was re-assessed. Runs inside {@link DemoData#load()}'s transaction.
 */
@ApplicationScoped
class DemoDesignations {

    static final List<String> PLUS_IKCS = List.of("IKC Montessori/Eestroom", "IKC Aventurijn", "IKC Plataan",
            "OBS Potmarge", "IKC het Palet", "IKC Prins Maurits", "IKC Prins Constantijn", "IKC de Kinderkoepel",
            "IKC Franciscus");
    static final LocalDate PROPOSED_ON = LocalDate.of(2024, 11, 1);
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 12, 17);
    static final LocalDate VALID_FROM = LocalDate.of(2025, 1, 1);

    static final List<String> EVIDENCE = List.of(
            "Directeur en locatiemanager kinderopvang sturen samen; visie op ondersteuning en ouderbetrokkenheid in het IKC-plan.",
            "Teambesluit na de analysebijeenkomst; werkwijze aangepast in het jaarplan.",
            "Intentieverklaring van schoolbestuur en kinderopvang voor de hele looptijd van Kansen voor Kinderen 2.",
            "Resultaatafspraken met koepel, kinderopvang en gemeente in voorbereiding; conceptversie besproken.",
            "Jeugdondersteuner en jeugdondersteuner VVE in het team; pedagoog van de GGD enkele uren per week.",
            "Inzet van de extra middelen gebaseerd op de data-analyse en signalen uit het team.",
            "Ouderkamer en spreekuur van de jeugdondersteuner in het gebouw van het IKC.",
            "Collectieve aanpak in de groepen in plaats van individuele trajecten.",
            "Preventief aanbod voor ouders en kinderen; minder verwijzingen naar tweedelijnszorg.",
            "Neemt deel aan de data-analyse en aan het onderzoek van NHL Stenden.",
            "Werkt mee in de werkgroep functiehuis IKC.");

    void load() {
        for (String name : PLUS_IKCS) {
            Ikc ikc = Ikc.findByName(name).orElse(null);
            if (ikc == null || ikc.priorityArea == null || !PlusDesignation.listForIkc(ikc.id).isEmpty()) {
                continue; // designated before, or not a demo IKC
            }
            designate(ikc);
        }
    }

    private void designate(Ikc ikc) {
        PlusDesignation d = PlusDesignation.propose(ikc, PROPOSED_ON, "projectleider",
                "Een van de negen IKC's die volgens de locatieanalyse (Kansen voor Kinderen 2, bijlage 1) in aanmerking komen.");
        d.updatedAt = at(PROPOSED_ON);
        d.updatedBy = "projectleider";
        d.persist();
        event(d, PROPOSED_ON, "projectleider", "VOORGEDRAGEN", null, "VOORGESTELD", d.proposalNote, ikc.name + " voorgedragen");
        for (DesignationCondition c : d.conditions) {
            c.met = true;
            c.evidence = EVIDENCE.get(c.number - 1);
            c.checkedBy = "projectleider";
            c.checkedAt = at(PROPOSED_ON.plusDays(14));
        }
        event(d, PROPOSED_ON.plusDays(14), "projectleider", "VOORWAARDE_GETOETST", null, null, null,
                "alle " + PlusConditions.COUNT + " voorwaarden voldaan");
        d.grant(DECIDED_ON, "bestuurder", VALID_FROM, null, IkcCategory.REGULIER);
        event(d, DECIDED_ON, "bestuurder", "TOEGEKEND", "VOORGESTELD", "TOEGEKEND", null,
                "besluit van het college; geldig 1 januari 2025 tot en met 31 december 2028");
        if (ikc.name.equals("IKC Franciscus")) {
            LocalDate on = LocalDate.of(2026, 3, 10);
            d.review(on, ReviewOutcome.VOORTZETTEN, "Tussentijdse herijking na de komst van een nieuwe directeur: "
                    + "visie en gelijkwaardige aansturing zijn voortgezet; alle voorwaarden blijven voldaan.", true, null,
                    "projectleider", at(on));
            event(d, on, "projectleider", "HERIJKT", "TOEGEKEND", "TOEGEKEND", "Voortzetten",
                    "tussentijdse herijking; volgende herijking 1 januari 2027");
        }
        if (ikc.name.equals("OBS Potmarge")) {
            LocalDate on = LocalDate.of(2026, 10, 1);
            d.flag(on, "Bij de voorbereiding van de herijking van de aandachtsgebieden is de Potmargezone opnieuw "
                    + "beoordeeld: de indicatoren van Kinderen in Tel zijn verbeterd");
            event(d, on, "projectleider", "HERIJKING_NODIG", null, null, d.reviewFlagReason, null);
        }
        if (ikc.category != IkcCategory.PLUS) {
            ikc.category = IkcCategory.PLUS;
        }
    }

    private static void event(PlusDesignation d, LocalDate on, String actor, String action, String from, String to,
            String reason, String details) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = at(on);
        e.actor = actor;
        e.entityType = DesignationService.AUDIT_TYPE;
        e.entityId = d.id;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.reason = reason;
        e.details = details;
        e.persist();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(ClockProducer.AMSTERDAM).toInstant();
    }
}

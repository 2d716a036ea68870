package nl.ikcregie.shared;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One recorded change: who, when, what, from which state to which, and why. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(name = "entity_type", nullable = false, length = 50)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public Long entityId;

    @Column(nullable = false, length = 50)
    public String action;

    @Column(name = "from_state", length = 50)
    public String fromState;

    @Column(name = "to_state", length = 50)
    public String toState;

    @Column(length = 2000)
    public String reason;

    @Column(columnDefinition = "TEXT")
    public String details;

    /** The action as a person reads it; the code stays in the data (and in the history's text as fallback). */
    public String actionLabel() {
        return switch (action) {
            case "AANGEMAAKT" -> "Aangemaakt";
            case "GEWIJZIGD" -> "Gewijzigd";
            case "WACHTWOORD_GEWIJZIGD" -> "Wachtwoord gewijzigd";
            case "GEOPEND" -> "Geopend";
            case "GESLOTEN" -> "Gesloten";
            case "PLAFOND_GECORRIGEERD" -> "Plafond gecorrigeerd";
            case "INGEDIEND" -> "Ingediend";
            case "INGETROKKEN" -> "Ingetrokken";
            case "ONTVANKELIJK_VERKLAARD" -> "Ontvankelijk verklaard";
            case "AANVULLING_GEVRAAGD" -> "Aanvulling gevraagd";
            case "AANGEVULD" -> "Aangevuld en opnieuw ingediend";
            case "VERWIJDERD" -> "Verwijderd";
            case "IN_BEOORDELING" -> "In beoordeling";
            case "BEOORDEELD" -> "Beoordeling ingediend";
            case "BELANGENVERSTRENGELING" -> "Belangenverstrengeling gemeld";
            case "TOEGEWEZEN" -> "Beoordelaars toegewezen";
            case "CONCEPT_OPGESLAGEN" -> "Concept opgeslagen";
            case "CONSENSUS" -> "Consensus vastgelegd";
            case "CONSENSUS_GEWIJZIGD" -> "Consensus gewijzigd";
            case "CATEGORIE_GEWIJZIGD" -> "Categorie gewijzigd";
            case "VOORGEDRAGEN" -> "Voorgedragen voor het Plus-IKC predicaat";
            case "VOORWAARDE_GETOETST" -> "Voorwaarde getoetst";
            case "BIJLAGE_TOEGEVOEGD" -> "Bijlage toegevoegd";
            case "BIJLAGE_VERWIJDERD" -> "Bijlage verwijderd";
            case "TOEGEKEND_MET_UITZONDERING" -> "Toegekend met een gemotiveerde uitzondering";
            case "HERIJKT" -> "Herijking vastgelegd";
            case "HERIJKING_NODIG" -> "Herijking nodig";
            case "BEEINDIGD" -> "Beëindigd";
            case "CONCEPT_GEWIJZIGD" -> "Concept gewijzigd";
            case "INGESTEMD" -> "Instemming vastgelegd";
            case "AKKOORD" -> "Akkoord van alle partijen";
            case "INSTEMMINGEN_VERVALLEN" -> "Instemmingen vervallen";
            case "WIJZIGING_GESTART" -> "Wijziging gestart (nieuwe versie)";
            case "GEEVALUEERD" -> "Jaarevaluatie vastgelegd";
            case "AANGEMELD" -> "Aangemeld";
            case "AFGEMELD" -> "Afgemeld";
            case "AANMELDING_MISLUKT" -> "Aanmelding mislukt";
            case "AANMELDING_GEWEIGERD" -> "Aanmelding geweigerd (vergrendeld)";
            case "SESSIES_BEEINDIGD" -> "Sessies beëindigd";
            case "TOEGANG_GEWEIGERD" -> "Toegang geweigerd";
            default -> action.charAt(0) + action.substring(1).toLowerCase().replace('_', ' ');
        };
    }

    /** What happened, as the history and the audit trail show it: the action and, for a transition, from → to. */
    public String what() {
        return fromState == null && toState == null ? actionLabel()
                : actionLabel() + ": " + (fromState == null ? "-" : fromState) + " → " + (toState == null ? "-" : toState);
    }

    /** Why and the details (the fields before → after), as the history and the audit trail show them. */
    public String explanation() {
        return (reason == null || reason.isEmpty() ? "" : reason + ". ") + (details == null ? "" : details);
    }

    /** Whether the event concerns no one object (a refused request to a list or a form, an unknown account). */
    public boolean objectLess() {
        return entityId == null || entityId == 0L;
    }

    public static List<AuditEvent> history(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by occurredAt desc, id desc", entityType, entityId);
    }
}

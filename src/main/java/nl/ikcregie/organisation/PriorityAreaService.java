package nl.ikcregie.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.Changes;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.NotFoundException;

/** Aandachtsgebieden: public to every signed-in user, maintained by beheerder and projectleider. */
@ApplicationScoped
@Transactional
public class PriorityAreaService {

    static final String AUDIT_TYPE = "AANDACHTSGEBIED";

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    jakarta.enterprise.event.Event<PriorityAreaChanged> areaChanged;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PriorityArea> list() {
        return PriorityArea.listAllByName();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PriorityArea get(long id) {
        PriorityArea area = PriorityArea.findById(id);
        if (area == null) {
            throw new NotFoundException("Aandachtsgebied");
        }
        return area;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        get(id);
        return audit.history(AUDIT_TYPE, id);
    }

    public PriorityArea create(AandachtsgebiedInvoer input) {
        requireMaintainer();
        PriorityArea area = new PriorityArea();
        apply(area, input);
        area.persist();
        audit.created(AUDIT_TYPE, area.id, area.name + ", geldig " + area.validFrom + " t/m " + area.validUntil);
        return area;
    }

    public PriorityArea update(long id, AandachtsgebiedInvoer input) {
        requireMaintainer();
        PriorityArea area = get(id);
        ConflictException.requireVersion(input.versie, area.version);
        LocalDate oldFrom = area.validFrom;
        LocalDate oldUntil = area.validUntil;
        String oldName = area.name;
        String oldDescription = area.description;
        apply(area, input);
        Changes changes = new Changes().field("naam", oldName, area.name)
                .field("omschrijving", oldDescription, area.description)
                .field("geldig vanaf", oldFrom, area.validFrom)
                .field("geldig tot", oldUntil, area.validUntil);
        if (!changes.isEmpty()) {
            audit.changed(AUDIT_TYPE, id, changes.toString());
        }
        if (!oldFrom.equals(area.validFrom) || !oldUntil.equals(area.validUntil)) {
            areaChanged.fire(new PriorityAreaChanged(area.id, area.name, oldFrom, area.validFrom, oldUntil,
                    area.validUntil));
        }
        return area;
    }

    private void apply(PriorityArea area, AandachtsgebiedInvoer input) {
        InputRules rules = new InputRules();
        String name = rules.required("naam", input.naam, 200);
        String description = rules.optional("omschrijving", input.omschrijving, 2000);
        LocalDate from = rules.requiredDate("geldigVanaf", input.geldigVanaf);
        LocalDate until = rules.requiredDate("geldigTot", input.geldigTot);
        if (from != null && until != null) {
            rules.check(!until.isBefore(from), "geldigTot", "De einddatum ligt vóór de begindatum.");
        }
        if (name != null) {
            PriorityArea.findByName(name).filter(other -> !other.id.equals(area.id))
                    .ifPresent(other -> rules.check(false, "naam", "Er bestaat al een aandachtsgebied met deze naam."));
        }
        rules.throwIfAny();
        area.name = name;
        area.description = description;
        area.validFrom = from;
        area.validUntil = until;
    }

    private void requireMaintainer() {
        if (!caller.maintainsReferenceData()) {
            throw new ForbiddenException("Alleen de beheerder en de projectleider wijzigen aandachtsgebieden.");
        }
    }
}

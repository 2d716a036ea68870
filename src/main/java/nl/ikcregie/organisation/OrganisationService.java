package nl.ikcregie.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.Changes;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.NotFoundException;

/** Organisations: who may see them, the rules for their data, and every change recorded. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final String AUDIT_TYPE = "ORGANISATIE";

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> listVisible() {
        if (caller.seesEverything()) {
            return Organisation.listAllByName();
        }
        return caller.organisationId().map(id -> List.of(get(id))).orElse(List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation getVisible(long id) {
        if (!caller.seesEverything() && caller.organisationId().filter(own -> own == id).isEmpty()) {
            throw new NotFoundException("Organisatie");
        }
        return get(id);
    }

    /** For other features' rules: the organisation regardless of the caller's visibility. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Organisation> find(long id) {
        return Organisation.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> listByKind(OrganisationKind kind) {
        return Organisation.listByKind(kind);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    public Organisation create(OrganisatieInvoer input) {
        requireMaintainer();
        Organisation organisation = new Organisation();
        apply(organisation, input);
        organisation.persist();
        audit.created(AUDIT_TYPE, organisation.id, organisation.name + " (" + organisation.kind + ")");
        return organisation;
    }

    public Organisation update(long id, OrganisatieInvoer input) {
        requireMaintainer();
        Organisation organisation = get(id);
        ConflictException.requireVersion(input.versie, organisation.version);
        String oldName = organisation.name;
        OrganisationKind oldKind = organisation.kind;
        String oldKvk = organisation.kvkNumber;
        String oldRsin = organisation.rsin;
        apply(organisation, input);
        Changes changes = new Changes().field("naam", oldName, organisation.name)
                .field("soort", oldKind, organisation.kind).field("KvK-nummer", oldKvk, organisation.kvkNumber)
                .field("RSIN", oldRsin, organisation.rsin);
        if (!changes.isEmpty()) {
            audit.changed(AUDIT_TYPE, id, changes.toString());
        }
        return organisation;
    }

    private void apply(Organisation organisation, OrganisatieInvoer input) {
        InputRules rules = new InputRules();
        String name = rules.required("naam", input.naam, 200);
        OrganisationKind kind = rules.requiredEnum("soort", input.soort, OrganisationKind.class);
        String kvkNumber = RegistryNumbers.kvkNumber(rules, "kvkNummer", input.kvkNummer);
        String rsin = RegistryNumbers.rsin(rules, "rsin", input.rsin);
        if (kvkNumber != null) {
            Organisation.findByKvkNumber(kvkNumber).filter(other -> !other.id.equals(organisation.id)).ifPresent(
                    other -> rules.add("kvkNummer", "Er bestaat al een organisatie met dit KvK-nummer: " + other.name + "."));
        }
        if (name != null) {
            Organisation.findByName(name).filter(other -> !other.id.equals(organisation.id))
                    .ifPresent(other -> rules.check(false, "naam", "Er bestaat al een organisatie met deze naam."));
        }
        if (organisation.id != null && kind != null && kind != organisation.kind) {
            rules.check(Ikc.count("schoolBoard", organisation) == 0, "soort",
                    "Deze organisatie is schoolbestuur van een IKC; de soort kan daarom niet veranderen.");
            rules.check(Ikc.count("select count(i) from Ikc i join i.childcarePartners p where p = ?1", organisation) == 0,
                    "soort", "Deze organisatie is kinderopvangpartner van een IKC; de soort kan daarom niet veranderen.");
        }
        rules.throwIfAny();
        organisation.name = name;
        organisation.kind = kind;
        organisation.kvkNumber = kvkNumber;
        organisation.rsin = rsin;
    }

    private Organisation get(long id) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw new NotFoundException("Organisatie");
        }
        return organisation;
    }

    private void requireMaintainer() {
        if (!caller.maintainsReferenceData()) {
            throw new ForbiddenException("Alleen de beheerder en de projectleider wijzigen organisaties.");
        }
    }
}

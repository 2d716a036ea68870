package nl.ikcregie.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ikcregie.shared.AuditEvent;
import nl.ikcregie.shared.AuditLog;
import nl.ikcregie.shared.Caller;
import nl.ikcregie.shared.Changes;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.ForbiddenException;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.NotFoundException;

/** IKCs: an aanvrager sees the IKCs its organisation takes part in; municipal roles see all. */
@ApplicationScoped
@Transactional
public class IkcService {

    /** More childcare partners than any IKC has; a longer list is refused. */
    static final int MAX_PARTNERS = 20;

    static final String AUDIT_TYPE = "IKC";

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    PlusPredicaten predicaten;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ikc> listVisible() {
        if (caller.seesEverything()) {
            return Ikc.listAllWithRelations();
        }
        return caller.organisationId().map(Ikc::listForOrganisation).orElse(List.of());
    }

    /** Counts for the start pages of the municipal roles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReferenceSummary summary(java.time.LocalDate today) {
        return ReferenceSummary.of(Ikc.listAllWithRelations(), (int) Organisation.count(), PriorityArea.listAllByName(),
                today);
    }

    /** The IKCs of one organisation (as school board or partner), for its home page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Ikc> listForOrganisation(long organisationId) {
        return Ikc.listForOrganisation(organisationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ikc getVisible(long id) {
        Ikc ikc = Ikc.findWithRelations(id).orElseThrow(() -> new NotFoundException("IKC"));
        if (!caller.seesEverything() && caller.organisationId().filter(ikc::involves).isEmpty()) {
            throw new NotFoundException("IKC");
        }
        return ikc;
    }

    /** The child count of the IKC on a count date, if recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Integer> childCountOn(long ikcId, java.time.LocalDate countDate) {
        Ikc ikc = Ikc.findById(ikcId);
        return ikc == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(ikc.childCounts.get(countDate));
    }

    /** The number of children aged 2+ of each of these IKCs on a count date, where recorded (one query). */
    public java.util.Map<Long, Integer> childCountsOn(java.util.Collection<Long> ikcIds, java.time.LocalDate countDate) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        if (ikcIds.isEmpty()) {
            return counts;
        }
        Ikc.getEntityManager().createQuery("select i.id, value(c) from Ikc i join i.childCounts c "
                + "where key(c) = ?1 and i.id in ?2", Object[].class).setParameter(1, countDate).setParameter(2, ikcIds)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Integer) row[1]));
        return counts;
    }

    /** Records (or corrects) the number of children aged 2+ on a count date. */
    public Ikc recordChildCount(long id, String countDate, String children) {
        requireMaintainer();
        Ikc ikc = Ikc.findWithRelations(id).orElseThrow(() -> new NotFoundException("IKC"));
        InputRules rules = new InputRules();
        java.time.LocalDate date = rules.requiredDate("teldatum", countDate);
        Integer count = rules.requiredWholeNumber("aantal", children, 0, 5000);
        rules.throwIfAny();
        Integer old = ikc.childCounts.put(date, count);
        audit.changed(AUDIT_TYPE, id, "kinderen van 2 jaar en ouder op " + date + ": " + (old == null ? "(leeg)" : old)
                + " → " + count);
        return ikc;
    }

    /** Serialises checks across one IKC's applications (yearly maximum) within the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForUpdate(long id) {
        Ikc.getEntityManager().find(Ikc.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /** For other features: the IKC regardless of the caller's visibility. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ikc find(long id) {
        return Ikc.findWithRelations(id).orElseThrow(() -> new NotFoundException("IKC"));
    }

    /**
     * For other features (the Plus-IKC designation): sets the IKC's category as the outcome of a
     * decision the calling feature has checked, and records it in the IKC's history.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IkcCategory changeCategory(long id, IkcCategory category, String reason) {
        Ikc ikc = find(id);
        IkcCategory old = ikc.category;
        if (old != category) {
            ikc.category = category;
            audit.record(AUDIT_TYPE, id, "CATEGORIE_GEWIJZIGD", old.name(), category.name(), reason,
                    "categorie: " + old.label() + " → " + category.label());
        }
        return old;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> history(long id) {
        getVisible(id);
        return audit.history(AUDIT_TYPE, id);
    }

    public Ikc create(IkcInvoer input) {
        requireMaintainer();
        Ikc ikc = new Ikc();
        apply(ikc, input);
        ikc.persist();
        audit.created(AUDIT_TYPE, ikc.id, describe(ikc));
        return ikc;
    }

    public Ikc update(long id, IkcInvoer input) {
        requireMaintainer();
        Ikc ikc = Ikc.findWithRelations(id).orElseThrow(() -> new NotFoundException("IKC"));
        ConflictException.requireVersion(input.versie, ikc.version);
        String oldName = ikc.name;
        String oldBoard = ikc.schoolBoard.name;
        String oldArea = ikc.priorityArea == null ? null : ikc.priorityArea.name;
        IkcCategory oldCategory = ikc.category;
        boolean oldSpecial = ikc.specialEducation;
        String oldNeighbourhood = ikc.neighbourhood;
        String oldPartners = partnerNames(ikc);
        apply(ikc, input);
        Changes changes = new Changes().field("naam", oldName, ikc.name)
                .field("schoolbestuur", oldBoard, ikc.schoolBoard.name)
                .field("aandachtsgebied", oldArea, ikc.priorityArea == null ? null : ikc.priorityArea.name)
                .field("categorie", oldCategory, ikc.category)
                .field("speciaal onderwijs", oldSpecial ? "ja" : "nee", ikc.specialEducation ? "ja" : "nee")
                .field("wijk of dorp", oldNeighbourhood, ikc.neighbourhood)
                .field("kinderopvangpartners", oldPartners, partnerNames(ikc));
        if (!changes.isEmpty()) {
            audit.changed(AUDIT_TYPE, id, changes.toString());
        }
        return ikc;
    }

    private void apply(Ikc ikc, IkcInvoer input) {
        InputRules rules = new InputRules();
        String name = rules.required("naam", input.naam, 200);
        Long boardId = rules.requiredId("organisatieId", input.organisatieId);
        Long areaId = rules.optionalId("aandachtsgebiedId", input.aandachtsgebiedId);
        IkcCategory category = rules.requiredEnum("categorie", input.categorie, IkcCategory.class);
        String neighbourhood = rules.optional("wijk", input.wijk, 200);

        Organisation board = boardId == null ? null : Organisation.findById(boardId);
        if (boardId != null) {
            rules.check(board != null && board.kind == OrganisationKind.ONDERWIJSKOEPEL, "organisatieId",
                    "Kies een bestaand schoolbestuur (onderwijskoepel).");
        }
        PriorityArea area = areaId == null ? null : PriorityArea.findById(areaId);
        if (areaId != null) {
            rules.check(area != null, "aandachtsgebiedId", "Kies een bestaand aandachtsgebied.");
        }
        // a Plus-IKC lies in an aandachtsgebied; other IKCs may too (seed 003: an area has several IKCs,
        // and an IKC in an area becomes Plus-IKC only by a designation)
        if (category == IkcCategory.PLUS) {
            rules.check(areaId != null, "aandachtsgebiedId", "Een Plus-IKC ligt in een aandachtsgebied; kies het gebied.");
        }
        // the category of an IKC with the predicaat follows the predicaat (its grant and end), not this form
        if (ikc.id != null && ikc.category == IkcCategory.PLUS && category != null && category != IkcCategory.PLUS
                && predicaten.granted(ikc.id)) {
            rules.add("categorie", "Dit IKC heeft het Plus-IKC predicaat; de categorie verandert pas als het predicaat "
                    + "eindigt.");
        }
        Set<Organisation> partners = new LinkedHashSet<>();
        List<String> partnerIds = input.kinderopvangIds == null ? List.of() : input.kinderopvangIds;
        for (String raw : rules.atMost("kinderopvangIds", partnerIds, MAX_PARTNERS, "kinderopvangorganisaties")
                ? partnerIds : List.<String>of()) {
            Long partnerId = rules.optionalId("kinderopvangIds", raw);
            if (partnerId == null) {
                continue;
            }
            Organisation partner = Organisation.findById(partnerId);
            if (partner == null || partner.kind != OrganisationKind.KINDEROPVANG) {
                rules.check(false, "kinderopvangIds", "Kies alleen bestaande kinderopvangorganisaties.");
            } else {
                partners.add(partner);
            }
        }
        rules.check(!partners.isEmpty() || rules.hasError("kinderopvangIds"), "kinderopvangIds",
                "Een IKC werkt samen met ten minste één kinderopvangorganisatie; kies die.");
        if (name != null) {
            Ikc.findByName(name).filter(other -> !other.id.equals(ikc.id))
                    .ifPresent(other -> rules.check(false, "naam", "Er bestaat al een IKC met deze naam."));
        }
        rules.throwIfAny();
        ikc.name = name;
        ikc.schoolBoard = board;
        ikc.priorityArea = area;
        ikc.category = category;
        ikc.specialEducation = Boolean.TRUE.equals(input.speciaalOnderwijs);
        ikc.neighbourhood = neighbourhood;
        // Hibernate raises the version when the owned partner set changes, so touch it only then
        if (!ikc.childcarePartners.equals(partners)) {
            ikc.childcarePartners.clear();
            ikc.childcarePartners.addAll(partners);
        }
    }

    private static String partnerNames(Ikc ikc) {
        return ikc.childcarePartners.stream().map(p -> p.name).sorted().collect(Collectors.joining(", "));
    }

    private static String describe(Ikc ikc) {
        return ikc.name + ", " + ikc.category.label() + ", schoolbestuur " + ikc.schoolBoard.name
                + (ikc.priorityArea == null ? "" : ", aandachtsgebied " + ikc.priorityArea.name)
                + (ikc.childcarePartners.isEmpty() ? "" : ", kinderopvang " + partnerNames(ikc));
    }

    private void requireMaintainer() {
        if (!caller.maintainsReferenceData()) {
            throw new ForbiddenException("Alleen de beheerder en de projectleider wijzigen IKC's.");
        }
    }
}

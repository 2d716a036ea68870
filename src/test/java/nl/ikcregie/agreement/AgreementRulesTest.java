package nl.ikcregie.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import nl.ikcregie.shared.ConflictException;
import nl.ikcregie.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** The pure rules of result agreements: the version life cycle, the totals and the difference between versions. */
class AgreementRulesTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    static AgreementContent content(String oabGemeente2024, int target2025, String vveHours) {
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
        targets.put(2024, new BigDecimal("80.00"));
        targets.put(2025, BigDecimal.valueOf(target2025).setScale(2));
        return new AgreementContent(
                List.of(new AgreementContent.Goal("Taal", "Minder taalachterstand", List.of(
                        new AgreementContent.Indicator("VVE-deelname", "%", new BigDecimal("70.00"), targets)))),
                List.of(money(Party.GEMEENTE, FundingSource.OAB, 2024, oabGemeente2024),
                        money(Party.GEMEENTE, FundingSource.VVE, 2024, "38000"),
                        money(Party.ONDERWIJSKOEPEL, FundingSource.LUMPSUM, 2024, "12000"),
                        money(Party.KINDEROPVANG, FundingSource.EIGEN_MIDDELEN, 2025, "6000.50")),
                List.of(new AgreementContent.Staffing(StaffRole.JEUGDONDERSTEUNER_VVE, new BigDecimal(vveHours),
                        Party.GEMEENTE, FundingSource.VVE, 2022, 2028, null)),
                new AgreementContent.Texts("analyse", null, null, null));
    }

    static AgreementContent.Contribution money(Party party, FundingSource source, int year, String amount) {
        return new AgreementContent.Contribution(party, source, year, new BigDecimal(amount).setScale(2));
    }

    static AgreementVersion concept() {
        ResultAgreement agreement = new ResultAgreement();
        AgreementVersion v = agreement.startFirstVersion("projectleider", NOW);
        v.replaceContent(content("45000", 84, "16.00"));
        return v;
    }

    @Test
    void aVersionIsAgreedWhenAllThreePartiesConsented() {
        AgreementVersion v = concept();
        assertFalse(v.consent(Party.GEMEENTE, "projectleider", "Pieter", NOW));
        assertFalse(v.consent(Party.KINDEROPVANG, "aanvrager-sinne", "Sietske", NOW));
        assertEquals(AgreementStatus.CONCEPT, v.status);
        assertEquals(java.util.Set.of(Party.ONDERWIJSKOEPEL), v.missingConsents());
        assertTrue(v.consent(Party.ONDERWIJSKOEPEL, "aanvrager-proloog", "Anke", NOW));
        assertEquals(AgreementStatus.AKKOORD, v.status);
        assertEquals(NOW, v.agreedAt);
    }

    @Test
    void aPartyConsentsOnce() {
        AgreementVersion v = concept();
        v.consent(Party.GEMEENTE, "projectleider", "Pieter", NOW);
        assertThrows(ConflictException.class, () -> v.consent(Party.GEMEENTE, "projectleider", "Pieter", NOW));
    }

    @Test
    void anAgreedVersionNeverChanges() {
        AgreementVersion v = concept();
        for (Party p : Party.values()) {
            v.consent(p, "x", "X", NOW);
        }
        assertThrows(IllegalTransitionException.class, () -> v.replaceContent(content("1", 1, "1.00")));
        assertThrows(IllegalTransitionException.class, () -> v.consent(Party.GEMEENTE, "x", "X", NOW));
        assertEquals(new BigDecimal("45000.00"), v.content().contributions().get(0).amount());
    }

    @Test
    void editingAConceptVoidsTheConsentsGiven() {
        AgreementVersion v = concept();
        v.consent(Party.GEMEENTE, "projectleider", "Pieter", NOW);
        assertFalse(v.replaceContent(content("45000", 84, "16.00")), "the same content changes nothing");
        assertEquals(1, v.consents.size());
        assertTrue(v.replaceContent(content("50000", 84, "16.00")));
        assertTrue(v.consents.isEmpty());
    }

    @Test
    void anAmendmentCopiesTheLatestAgreedVersionIntoANewConcept() {
        AgreementVersion v = concept();
        ResultAgreement agreement = new ResultAgreement();
        agreement.versions.add(v);
        v.agreement = agreement;
        assertThrows(IllegalTransitionException.class, () -> agreement.startAmendment(1, "evaluatie", "p", NOW));
        for (Party p : Party.values()) {
            v.consent(p, "x", "X", NOW);
        }
        assertThrows(ConflictException.class, () -> agreement.startAmendment(2, "evaluatie", "p", NOW));
        AgreementVersion second = agreement.startAmendment(1, "evaluatie 2025", "p", NOW);
        assertEquals(2, second.number);
        assertEquals(AgreementStatus.CONCEPT, second.status);
        assertEquals(v.content(), second.content());
        assertTrue(second.consents.isEmpty());
        assertEquals(second, agreement.current());
        assertEquals(v, agreement.latestAgreed().orElseThrow());
        assertThrows(IllegalTransitionException.class, () -> agreement.startAmendment(2, "nog een", "p", NOW));
    }

    @Test
    void totalsPerPartyPerYearAddUpToTheGrandTotal() {
        ContributionTotals t = ContributionTotals.of(content("45000", 84, "16").contributions(), 2021, 2028);
        assertEquals(List.of(2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028), t.years());
        assertEquals(new BigDecimal("83000.00"), t.byParty(Party.GEMEENTE, 2024));
        assertEquals(new BigDecimal("12000.00"), t.byParty(Party.ONDERWIJSKOEPEL, 2024));
        assertEquals(new BigDecimal("0.00"), t.byParty(Party.KINDEROPVANG, 2024));
        assertEquals(new BigDecimal("6000.50"), t.byParty(Party.KINDEROPVANG, 2025));
        assertEquals(new BigDecimal("95000.00"), t.ofYear(2024));
        assertEquals(new BigDecimal("38000.00"), t.bySource(FundingSource.VVE, 2024));
        assertEquals(new BigDecimal("101000.50"), t.grandTotal());
        BigDecimal byParty = java.util.Arrays.stream(Party.values()).map(t::ofParty).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal bySource = java.util.Arrays.stream(FundingSource.values()).map(t::ofSource)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byYear = t.years().stream().map(t::ofYear).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(t.grandTotal(), byParty);
        assertEquals(t.grandTotal(), bySource);
        assertEquals(t.grandTotal(), byYear);
        assertEquals(100, t.percentOfLargest(2024));
        assertEquals(0, t.percentOfLargest(2021));
        assertEquals(List.of(FundingSource.OAB, FundingSource.VVE), t.sourcesOf(Party.GEMEENTE));
    }

    @Test
    void theDifferenceNamesGoalsTargetsMoneyAndStaffing() {
        AgreementContent before = content("45000", 84, "16.00");
        AgreementContent base = content("50000", 86, "20.00");
        AgreementContent after = new AgreementContent(
                List.of(base.goals().get(0), new AgreementContent.Goal("Ouders", null, List.of())),
                base.contributions(), base.staffing(),
                new AgreementContent.Texts("analyse", "stuurgroep", null, null));
        VersionDiff diff = VersionDiff.between(1, before, 2, after);
        assertEquals(1, diff.goals().size());
        assertEquals(VersionDiff.Kind.TOEGEVOEGD, diff.goals().get(0).kind());
        assertEquals("Ouders", diff.goals().get(0).goal());
        assertEquals(List.of(new VersionDiff.TargetChange("Taal", "VVE-deelname", 2025, new BigDecimal("84.00"),
                new BigDecimal("86.00"))), diff.targets());
        assertEquals(List.of(new VersionDiff.ContributionChange(Party.GEMEENTE, FundingSource.OAB, 2024,
                new BigDecimal("45000.00"), new BigDecimal("50000.00"))), diff.contributions());
        assertEquals(new BigDecimal("5000.00"), diff.contributions().get(0).difference());
        assertEquals(1, diff.staffing().size());
        assertEquals(VersionDiff.Kind.GEWIJZIGD, diff.staffing().get(0).kind());
        assertTrue(diff.staffing().get(0).before().startsWith("16 uur"), diff.staffing().get(0).before());
        assertTrue(diff.staffing().get(0).after().startsWith("20 uur"));
        assertEquals(List.of(new VersionDiff.TextChange("Aansturing van het IKC", null, "stuurgroep")), diff.texts());
        assertTrue(VersionDiff.between(1, before, 1, before).isEmpty());
        VersionDiff back = VersionDiff.between(2, after, 1, before);
        assertEquals(VersionDiff.Kind.VERWIJDERD, back.goals().get(0).kind());
    }

    @Test
    void aContributionThatDisappearsReadsAsOldToZero() {
        AgreementContent before = content("45000", 84, "16.00");
        AgreementContent after = new AgreementContent(before.goals(), before.contributions().subList(0, 3),
                before.staffing(), before.texts());
        VersionDiff diff = VersionDiff.between(1, before, 2, after);
        assertEquals(List.of(new VersionDiff.ContributionChange(Party.KINDEROPVANG, FundingSource.EIGEN_MIDDELEN, 2025,
                new BigDecimal("6000.50"), new BigDecimal("0.00"))), diff.contributions());
    }
}

package nl.ikcregie.report;

/** A subsidy was settled; once committed its letter goes to the school board. */
public record SettlementRecorded(long settlementId) {
}

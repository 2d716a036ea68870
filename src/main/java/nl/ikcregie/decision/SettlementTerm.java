package nl.ikcregie.decision;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The term a grant sets for requesting the settlement of the subsidy (Awb 4:44): the recipient
 * files its yearly report, which is the request, by the first of April after the subsidy year
 * (thirteen weeks after the year ends). Plus-IKCs report on the same day.
 */
public final class SettlementTerm {

    public static final MonthDay DUE = MonthDay.of(4, 1);

    private SettlementTerm() {
    }

    /** The last day to request the settlement of (and report on) the given subsidy year. */
    public static LocalDate requestDue(int subsidyYear) {
        return DUE.atYear(subsidyYear + 1);
    }
}

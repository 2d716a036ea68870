package nl.ikcregie.report;

import nl.ikcregie.shared.InputRules;

/**
 * What a yearly report needs before it can be filed: Do and Act, each indicator's realised value,
 * each party's spending, the subsidy spent (when subsidised; a difference with the grant explained),
 * the twelve levels, each obligation's status (explained when not fully met) and the hours in place.
 * The proposal to amend the agreement is optional. Every missing field is named at once, by the
 * name the form and the API use.
 */
public final class ReportCompleteness {

    private ReportCompleteness() {
    }

    public static void check(AnnualReport r, InputRules rules) {
        rules.check(filled(r.doneText), "uitvoering.tekst", "Beschrijf wat er dit jaar is gedaan (Do).");
        for (int i = 0; i < r.indicators.size(); i++) {
            rules.check(r.indicators.get(i).realised != null, "check.indicatoren[" + i + "].gerealiseerd",
                    "Vul de gerealiseerde waarde in van " + r.indicators.get(i).name + ".");
        }
        if (r.isSubsidised()) {
            rules.check(r.subsidySpent != null, "check.subsidieBesteed", "Vul in hoeveel subsidie is besteed.");
            if (r.subsidySpent != null && r.grantedAmount != null && r.subsidySpent.compareTo(r.grantedAmount) != 0) {
                rules.check(filled(r.spendingNote), "check.toelichtingBesteding",
                        "Licht toe waarom de besteding afwijkt van de verleende subsidie.");
            }
        }
        for (int i = 0; i < r.spending.size(); i++) {
            rules.check(r.spending.get(i).spent != null, "check.bestedingPerPartij[" + i + "].besteed",
                    "Vul in wat " + r.spending.get(i).party.label().toLowerCase() + " heeft besteed.");
        }
        for (int i = 0; i < r.levels.size(); i++) {
            rules.check(r.levels.get(i).level != null, "check.zelfevaluatie[" + i + "].niveau",
                    "Kies het niveau van criterium " + r.levels.get(i).criterion + ".");
        }
        for (int i = 0; i < r.obligations.size(); i++) {
            ReportObligation o = r.obligations.get(i);
            rules.check(o.status != null, "check.inspanningsverplichtingen[" + i + "].status",
                    "Geef aan of inspanningsverplichting " + (i + 1) + " is nagekomen.");
            if (o.status != null && o.status != ObligationStatus.NAGEKOMEN) {
                rules.check(filled(o.explanation), "check.inspanningsverplichtingen[" + i + "].toelichting",
                        "Licht toe waarom inspanningsverplichting " + (i + 1) + " niet volledig is nagekomen.");
            }
        }
        for (int i = 0; i < r.staffing.size(); i++) {
            rules.check(r.staffing.get(i).hoursInPlace != null, "check.formatie[" + i + "].urenIngevuld",
                    "Vul in hoeveel uur " + r.staffing.get(i).role.label().toLowerCase() + " is ingevuld.");
        }
        rules.check(filled(r.actText), "act.tekst", "Beschrijf wat er volgend jaar verandert (Act).");
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}

package nl.ikcregie.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.ikcregie.application.IntegrationLevel;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;

/**
 * Puts what the school board filled in on a report: a missing value (null) leaves the stored one, an
 * empty one clears it. Numbers in Dutch or plain notation; field names as the form and API use them.
 * The caller throws the collected errors (and the transaction rolls back what was applied).
 */
final class ReportInput {

    static final int TEXT_MAX = 20000;
    static final BigDecimal MAX_HOURS = new BigDecimal("168");

    private ReportInput() {
    }

    /** Answers the PDCA parts that were touched. */
    static List<String> apply(AnnualReport r, RapportageInvoer in, InputRules rules) {
        Set<String> parts = new LinkedHashSet<>();
        if (in.plan != null && in.plan.tekst != null) {
            r.planText = rules.optional("plan.tekst", in.plan.tekst, TEXT_MAX);
            parts.add("Plan");
        }
        if (in.uitvoering != null && in.uitvoering.tekst != null) {
            r.doneText = rules.optional("uitvoering.tekst", in.uitvoering.tekst, TEXT_MAX);
            parts.add("Do");
        }
        if (in.act != null) {
            if (in.act.tekst != null) {
                r.actText = rules.optional("act.tekst", in.act.tekst, TEXT_MAX);
                parts.add("Act");
            }
            if (in.act.wijzigingsvoorstel != null) {
                r.amendmentProposal = rules.optional("act.wijzigingsvoorstel", in.act.wijzigingsvoorstel, TEXT_MAX);
                parts.add("Act");
            }
        }
        if (in.check != null && applyCheck(r, in.check, rules)) {
            parts.add("Check");
        }
        return new ArrayList<>(parts);
    }

    private static boolean applyCheck(AnnualReport r, RapportageInvoer.Check in, InputRules rules) {
        boolean touched = false;
        if (in.subsidieBesteed != null) {
            touched = true;
            if (!r.isSubsidised() && !in.subsidieBesteed.isBlank()) {
                rules.add("check.subsidieBesteed", r.ikc.name + " ontving over " + r.year + " geen subsidie.");
            } else {
                r.subsidySpent = rules.optionalAmount("check.subsidieBesteed", in.subsidieBesteed);
            }
        }
        if (in.toelichtingBesteding != null) {
            touched = true;
            r.spendingNote = rules.optional("check.toelichtingBesteding", in.toelichtingBesteding, 2000);
        }
        for (int i = 0; in.indicatoren != null && i < in.indicatoren.size(); i++) {
            RapportageInvoer.Indicator row = in.indicatoren.get(i);
            String field = "check.indicatoren[" + i + "]";
            Integer index = position(rules, field, row == null ? null : row.nummer, i, r.indicators.size());
            if (index == null || row == null) {
                continue;
            }
            touched = true;
            ReportIndicator target = r.indicators.get(index);
            if (row.gerealiseerd != null) {
                target.realised = number(rules, field + ".gerealiseerd", row.gerealiseerd, null);
            }
            if (row.toelichting != null) {
                target.note = rules.optional(field + ".toelichting", row.toelichting, 1000);
            }
        }
        for (int i = 0; in.bestedingPerPartij != null && i < in.bestedingPerPartij.size(); i++) {
            RapportageInvoer.Besteding row = in.bestedingPerPartij.get(i);
            String field = "check.bestedingPerPartij[" + i + "]";
            if (row == null) {
                continue;
            }
            Integer index = null;
            if (row.partij != null && !row.partij.isBlank()) {
                for (int j = 0; j < r.spending.size(); j++) {
                    if (r.spending.get(j).party.name().equals(row.partij.strip())) {
                        index = j;
                    }
                }
                if (index == null) {
                    rules.add(field + ".partij", "Kies een partij van de resultaatafspraak: " + r.spending.stream()
                            .map(s -> s.party.name()).reduce((a, b) -> a + ", " + b).orElse("geen") + ".");
                }
            } else {
                index = position(rules, field, null, i, r.spending.size());
            }
            // the amount is checked even when the party is not found, so that every fault is named at once
            BigDecimal spent = row.besteed == null ? null : rules.optionalAmount(field + ".besteed", row.besteed);
            if (index != null && row.besteed != null) {
                touched = true;
                r.spending.get(index).spent = spent;
            }
        }
        for (int i = 0; in.zelfevaluatie != null && i < in.zelfevaluatie.size(); i++) {
            RapportageInvoer.Niveau row = in.zelfevaluatie.get(i);
            String field = "check.zelfevaluatie[" + i + "]";
            Integer index = position(rules, field, row == null ? null : row.criterium, i, r.levels.size());
            if (index == null || row == null || row.niveau == null) {
                continue;
            }
            touched = true;
            r.levels.get(index).level = row.niveau.isBlank() ? null
                    : rules.requiredEnum(field + ".niveau", row.niveau, IntegrationLevel.class);
        }
        for (int i = 0; in.inspanningsverplichtingen != null && i < in.inspanningsverplichtingen.size(); i++) {
            RapportageInvoer.Verplichting row = in.inspanningsverplichtingen.get(i);
            String field = "check.inspanningsverplichtingen[" + i + "]";
            Integer index = position(rules, field, row == null ? null : row.nummer, i, r.obligations.size());
            if (index == null || row == null) {
                continue;
            }
            touched = true;
            ReportObligation o = r.obligations.get(index);
            if (row.status != null) {
                o.status = row.status.isBlank() ? null
                        : rules.requiredEnum(field + ".status", row.status, ObligationStatus.class);
            }
            if (row.toelichting != null) {
                o.explanation = rules.optional(field + ".toelichting", row.toelichting, 2000);
            }
        }
        for (int i = 0; in.formatie != null && i < in.formatie.size(); i++) {
            RapportageInvoer.Formatie row = in.formatie.get(i);
            String field = "check.formatie[" + i + "]";
            Integer index = position(rules, field, row == null ? null : row.nummer, i, r.staffing.size());
            if (index == null || row == null || row.urenIngevuld == null) {
                continue;
            }
            touched = true;
            r.staffing.get(index).hoursInPlace = number(rules, field + ".urenIngevuld", row.urenIngevuld, MAX_HOURS);
        }
        return touched;
    }

    /** The row a posted row refers to: its 1-based number when given, else its place in the list. */
    private static Integer position(InputRules rules, String field, String number, int place, int size) {
        int index = place;
        if (number != null && !number.isBlank()) {
            try {
                index = Integer.parseInt(number.strip()) - 1;
            } catch (NumberFormatException e) {
                index = -1;
            }
        }
        if (index < 0 || index >= size) {
            rules.add(field, size == 0 ? "Deze jaarrapportage heeft hier geen regels."
                    : "Kies een regel van 1 tot en met " + size + ".");
            return null;
        }
        return index;
    }

    /** A value of zero or more with at most two decimals ({@code 82}, {@code 82,5}, {@code 82.5}); blank clears. */
    static BigDecimal number(InputRules rules, String field, String text, BigDecimal max) {
        if (text.isBlank()) {
            return null;
        }
        BigDecimal value = Money.parse(text);
        if (value == null) {
            rules.add(field, "Vul een getal van nul of meer in, met ten hoogste twee decimalen, bijvoorbeeld 82 of 82,5.");
            return null;
        }
        if (max != null && value.compareTo(max) > 0) {
            rules.add(field, "Vul ten hoogste " + max.toPlainString() + " in.");
            return null;
        }
        return value;
    }
}

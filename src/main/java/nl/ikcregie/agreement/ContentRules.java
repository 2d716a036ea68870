package nl.ikcregie.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import nl.ikcregie.shared.InputRules;
import nl.ikcregie.shared.Money;

/**
 * Reads the content of a version from what was typed, naming every offending field (by its form
 * and JSON path, such as {@code bijdragen[4].bedrag}). Rows left entirely blank are ignored, so an
 * edit form can offer empty rows.
 */
final class ContentRules {

    static final int MAX_TEXT = 10000;
    static final int MAX_GOALS = 20;
    static final int MAX_INDICATORS = 10;
    /** Three parties, a few sources, eight years: more contribution rows than an agreement can have. */
    static final int MAX_CONTRIBUTIONS = 200;
    static final int MAX_STAFFING = 30;
    static final BigDecimal MAX_HOURS = new BigDecimal("40");

    private ContentRules() {
    }

    static AgreementContent parse(InhoudInvoer input, int firstYear, int lastYear, InputRules rules) {
        AgreementContent.Texts texts = new AgreementContent.Texts(
                rules.optional("aanbodUitDataAnalyse", input.aanbodUitDataAnalyse, MAX_TEXT),
                rules.optional("aansturing", input.aansturing, MAX_TEXT),
                rules.optional("functiehuis", input.functiehuis, MAX_TEXT),
                rules.optional("inrichting", input.inrichting, MAX_TEXT));
        return new AgreementContent(goals(input, firstYear, lastYear, rules),
                contributions(input, firstYear, lastYear, rules), staffing(input, firstYear, lastYear, rules), texts);
    }

    private static List<AgreementContent.Goal> goals(InhoudInvoer input, int first, int last, InputRules rules) {
        List<AgreementContent.Goal> goals = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        List<InhoudInvoer.Doel> rows = input.doelen == null ? List.of() : input.doelen;
        for (int i = 0; i < rows.size(); i++) {
            InhoudInvoer.Doel row = rows.get(i);
            String at = "doelen[" + i + "]";
            if (row == null || blank(row)) {
                continue;
            }
            String title = rules.required(at + ".titel", row.titel, 300);
            String description = rules.optional(at + ".omschrijving", row.omschrijving, 2000);
            if (title != null && !titles.add(title.toLowerCase(java.util.Locale.ROOT))) {
                rules.add(at + ".titel", "Er is al een doel met deze titel; geef elk doel een eigen titel.");
            }
            List<AgreementContent.Indicator> indicators = new ArrayList<>();
            Set<String> names = new HashSet<>();
            List<InhoudInvoer.Indicator> indicatorRows = row.indicatoren == null ? List.of() : row.indicatoren;
            for (int j = 0; j < indicatorRows.size(); j++) {
                InhoudInvoer.Indicator ind = indicatorRows.get(j);
                String iat = at + ".indicatoren[" + j + "]";
                if (ind == null || blank(ind)) {
                    continue;
                }
                String name = rules.required(iat + ".naam", ind.naam, 300);
                if (name != null && !names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                    rules.add(iat + ".naam", "Dit doel heeft al een indicator met deze naam.");
                }
                String unit = rules.optional(iat + ".eenheid", ind.eenheid, 50);
                BigDecimal baseline = number(rules, iat + ".nulmeting", ind.nulmeting);
                TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
                List<InhoudInvoer.Streefwaarde> targetRows = ind.streefwaarden == null ? List.of() : ind.streefwaarden;
                for (int k = 0; k < targetRows.size(); k++) {
                    InhoudInvoer.Streefwaarde t = targetRows.get(k);
                    String tat = iat + ".streefwaarden[" + k + "]";
                    if (t == null || isBlank(t.waarde)) {
                        continue;
                    }
                    Integer year = year(rules, tat + ".jaar", t.jaar, first, last);
                    BigDecimal value = number(rules, tat + ".waarde", t.waarde);
                    if (year != null && value != null && targets.put(year, value) != null) {
                        rules.add(tat + ".jaar", "Voor " + year + " staat al een streefwaarde.");
                    }
                }
                indicators.add(new AgreementContent.Indicator(name, unit, baseline, targets));
            }
            rules.check(indicators.size() <= MAX_INDICATORS, at + ".indicatoren",
                    "Gebruik ten hoogste " + MAX_INDICATORS + " indicatoren per doel.");
            goals.add(new AgreementContent.Goal(title, description, indicators));
        }
        rules.check(goals.size() <= MAX_GOALS, "doelen", "Gebruik ten hoogste " + MAX_GOALS + " doelen.");
        return goals;
    }

    private static List<AgreementContent.Contribution> contributions(InhoudInvoer input, int first, int last,
            InputRules rules) {
        List<AgreementContent.Contribution> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<InhoudInvoer.Bijdrage> rows = input.bijdragen == null ? List.of() : input.bijdragen;
        for (int i = 0; i < rows.size(); i++) {
            InhoudInvoer.Bijdrage row = rows.get(i);
            String at = "bijdragen[" + i + "]";
            if (row == null || isBlank(row.bedrag)) {
                continue;
            }
            Party party = rules.requiredEnum(at + ".partij", row.partij, Party.class);
            FundingSource source = rules.requiredEnum(at + ".bron", row.bron, FundingSource.class);
            Integer year = year(rules, at + ".jaar", row.jaar, first, last);
            BigDecimal amount = rules.optionalAmount(at + ".bedrag", row.bedrag);
            if (party == null || source == null || year == null || amount == null) {
                continue;
            }
            if (!seen.add(party + "|" + source + "|" + year)) {
                rules.add(at + ".bedrag", "Voor " + party.label().toLowerCase() + ", " + source.label() + " in " + year
                        + " staat al een bedrag; tel de bedragen op in één regel.");
                continue;
            }
            if (amount.signum() > 0) {
                out.add(new AgreementContent.Contribution(party, source, year, amount));
            }
        }
        rules.atMost("bijdragen", rows, MAX_CONTRIBUTIONS, "bijdragen");
        return out;
    }

    private static List<AgreementContent.Staffing> staffing(InhoudInvoer input, int first, int last, InputRules rules) {
        List<AgreementContent.Staffing> out = new ArrayList<>();
        List<InhoudInvoer.Formatie> rows = input.formatie == null ? List.of() : input.formatie;
        for (int i = 0; i < rows.size(); i++) {
            InhoudInvoer.Formatie row = rows.get(i);
            String at = "formatie[" + i + "]";
            if (row == null || (isBlank(row.functie) && isBlank(row.urenPerWeek) && isBlank(row.toelichting))) {
                continue;
            }
            StaffRole role = rules.requiredEnum(at + ".functie", row.functie, StaffRole.class);
            BigDecimal hours = null;
            if (isBlank(row.urenPerWeek)) {
                rules.add(at + ".urenPerWeek", "Vul het aantal uren per week in.");
            } else {
                hours = Money.parse(row.urenPerWeek);
                if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
                    rules.add(at + ".urenPerWeek", "Vul een aantal uren per week in van meer dan 0 tot en met 40, "
                            + "bijvoorbeeld 22 of 16,5.");
                    hours = null;
                }
            }
            Party funder = rules.requiredEnum(at + ".gefinancierdDoor", row.gefinancierdDoor, Party.class);
            FundingSource source = rules.requiredEnum(at + ".bron", row.bron, FundingSource.class);
            Integer from = year(rules, at + ".vanJaar", row.vanJaar, first, last);
            Integer until = year(rules, at + ".totEnMetJaar", row.totEnMetJaar, first, last);
            if (from != null && until != null && until < from) {
                rules.add(at + ".totEnMetJaar", "Het laatste jaar ligt niet vóór het eerste jaar.");
                until = null;
            }
            String note = rules.optional(at + ".toelichting", row.toelichting, 500);
            if (role != null && hours != null && funder != null && source != null && from != null && until != null) {
                out.add(new AgreementContent.Staffing(role, hours, funder, source, from, until, note));
            }
        }
        rules.atMost("formatie", rows, MAX_STAFFING, "formatieregels");
        return out;
    }

    private static Integer year(InputRules rules, String field, String value, int first, int last) {
        if (isBlank(value)) {
            rules.add(field, "Kies een jaar van " + first + " tot en met " + last + ".");
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < first || year > last) {
                rules.add(field, "Kies een jaar van " + first + " tot en met " + last + ".");
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            rules.add(field, "Kies een jaar van " + first + " tot en met " + last + ".");
            return null;
        }
    }

    /** A figure of zero or more with at most two decimals, in Dutch or JSON notation (12,5 or 12.5). */
    private static BigDecimal number(InputRules rules, String field, String value) {
        if (isBlank(value)) {
            return null;
        }
        BigDecimal number = Money.parse(value);
        if (number == null) {
            rules.add(field, "Vul een getal in van 0 of meer, met ten hoogste twee decimalen, bijvoorbeeld 12,5.");
        }
        return number;
    }

    private static boolean blank(InhoudInvoer.Doel row) {
        return isBlank(row.titel) && isBlank(row.omschrijving)
                && (row.indicatoren == null || row.indicatoren.stream().allMatch(i -> i == null || blank(i)));
    }

    private static boolean blank(InhoudInvoer.Indicator row) {
        return isBlank(row.naam) && isBlank(row.eenheid) && isBlank(row.nulmeting)
                && (row.streefwaarden == null || row.streefwaarden.stream().allMatch(t -> t == null || isBlank(t.waarde)));
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

package nl.ikcregie.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ikcregie.shared.Money;

/**
 * The advice's allocation: ranks the applications and proposes amounts so that the total never
 * exceeds the ceiling, no IKC gets more than its maximum, the minimum share for aandachtsgebieden
 * is served first, and every amount is explained. Pure: the same input gives the same advice.
 *
 * <p>Order: the round's priority groups first (verplicht verlengde leertijd, a category), then the
 * weighted score (highest first), then the receipt reference (earliest first) as the stated,
 * reproducible tie-break. An application may be honoured partially when the money runs out.
 */
public final class Allocation {

    /** One assessed application as the allocation sees it. */
    public record Candidate(long applicationId, String reference, String ikcName, BigDecimal weightedScore,
            BigDecimal requested, BigDecimal maximum, boolean inPriorityArea, boolean extendedLearningTime,
            String category) {
    }

    /** The round's money and published priority rules. */
    public record Rules(BigDecimal ceiling, int minimumPriorityAreaPercent, boolean extendedLearningTimeFirst,
            String categoryFirst) {
    }

    /** The advice for one application. */
    public record Line(long applicationId, int rank, BigDecimal eligible, BigDecimal amount, String explanation) {
    }

    /** The whole advice: lines in rank order and the totals. */
    public record Result(List<Line> lines, BigDecimal total, BigDecimal totalInPriorityAreas, BigDecimal reserved) {
    }

    private Allocation() {
    }

    public static Result allocate(List<Candidate> candidates, Rules rules) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(order(rules));
        Map<Long, BigDecimal> granted = new LinkedHashMap<>();
        Map<Long, String> why = new LinkedHashMap<>();
        BigDecimal left = rules.ceiling().setScale(2, RoundingMode.DOWN);

        // first the reservation for aandachtsgebieden (minimum share of the ceiling), in rank order
        BigDecimal reserve = reserve(rules);
        BigDecimal reserveLeft = reserve;
        for (Candidate c : ranked) {
            if (!c.inPriorityArea() || reserveLeft.signum() <= 0) {
                continue;
            }
            BigDecimal amount = eligible(c).min(reserveLeft);
            granted.put(c.applicationId(), amount);
            reserveLeft = reserveLeft.subtract(amount);
            left = left.subtract(amount);
            why.put(c.applicationId(), "uit het minimumaandeel van " + rules.minimumPriorityAreaPercent()
                    + "% voor aandachtsgebieden");
        }
        // then the rest of the ceiling over everyone, in rank order
        for (Candidate c : ranked) {
            BigDecimal already = granted.getOrDefault(c.applicationId(), BigDecimal.ZERO);
            BigDecimal wanted = eligible(c).subtract(already);
            if (wanted.signum() <= 0 || left.signum() <= 0) {
                continue;
            }
            BigDecimal amount = wanted.min(left);
            granted.put(c.applicationId(), already.add(amount));
            left = left.subtract(amount);
            why.merge(c.applicationId(), "uit het budget in volgorde van rang", (a, b) -> a + " en " + b);
        }

        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal inAreas = BigDecimal.ZERO;
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            BigDecimal amount = granted.getOrDefault(c.applicationId(), BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);
            total = total.add(amount);
            if (c.inPriorityArea()) {
                inAreas = inAreas.add(amount);
            }
            lines.add(new Line(c.applicationId(), i + 1, eligible(c), amount, explain(c, i + 1, amount, why.get(
                    c.applicationId()), rules)));
        }
        return new Result(List.copyOf(lines), total, inAreas, reserve);
    }

    /**
     * The rules of this allocation in words, for the college: the reservation for aandachtsgebieden,
     * the maximum per IKC, the order and the tie-break.
     */
    public static List<String> describe(Rules rules, String maximumPerIkc, String categoryFirstLabel) {
        List<String> text = new ArrayList<>();
        text.add("Het advies verdeelt het subsidieplafond van " + Money.format(rules.ceiling())
                + ". Het totaal komt nooit boven het plafond uit.");
        text.add("Een aanvraag krijgt nooit meer dan het gevraagde bedrag en het maximum per IKC (" + maximumPerIkc
                + "); wat hetzelfde IKC dat jaar in andere aanvragen krijgt, telt mee.");
        if (rules.minimumPriorityAreaPercent() > 0) {
            text.add("Eerst gaat ten minste " + rules.minimumPriorityAreaPercent() + "% van het plafond ("
                    + Money.format(reserve(rules)) + ") naar IKC's in een aandachtsgebied, in volgorde van rang. "
                    + "Daarna wordt de rest van het plafond over alle aanvragen verdeeld, ook in volgorde van rang.");
        } else {
            text.add("Het plafond wordt in volgorde van rang over de aanvragen verdeeld; de ronde kent geen "
                    + "minimumaandeel voor aandachtsgebieden.");
        }
        List<String> first = new ArrayList<>();
        if (rules.extendedLearningTimeFirst()) {
            first.add("IKC's die verplicht verlengde leertijd invoeren");
        }
        if (rules.categoryFirst() != null) {
            first.add("IKC's van categorie " + (categoryFirstLabel != null ? categoryFirstLabel : rules.categoryFirst()));
        }
        text.add((first.isEmpty() ? "De rang volgt uit " : "Voorrang hebben " + String.join(" en daarna ", first)
                + "; verder volgt de rang uit ")
                + "de gewogen score, de hoogste eerst. Bij een gelijke score gaat de aanvraag met het vroegste "
                + "ontvangstkenmerk voor.");
        text.add("Raakt het geld op, dan wordt de aanvraag die aan de beurt is deels gehonoreerd.");
        return List.copyOf(text);
    }

    /** The part of the ceiling reserved for aandachtsgebieden. */
    static BigDecimal reserve(Rules rules) {
        return rules.ceiling().multiply(BigDecimal.valueOf(rules.minimumPriorityAreaPercent()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    }

    /** What an application can get at most: its request, capped at the IKC's maximum. */
    static BigDecimal eligible(Candidate c) {
        return c.requested().min(c.maximum()).max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);
    }

    static Comparator<Candidate> order(Rules rules) {
        Comparator<Candidate> byGroup = Comparator.comparingInt(c -> group(c, rules));
        return byGroup.thenComparing(Candidate::weightedScore, Comparator.reverseOrder())
                .thenComparing(Candidate::reference, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Candidate::applicationId);
    }

    private static int group(Candidate c, Rules rules) {
        int group = 0;
        if (rules.extendedLearningTimeFirst() && !c.extendedLearningTime()) {
            group += 2;
        }
        if (rules.categoryFirst() != null && !rules.categoryFirst().equals(c.category())) {
            group += 1;
        }
        return group;
    }

    private static String explain(Candidate c, int rank, BigDecimal amount, String source, Rules rules) {
        StringBuilder sb = new StringBuilder("Rang ").append(rank).append(", gewogen score ")
                .append(c.weightedScore().setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ','));
        if (rules.extendedLearningTimeFirst() && c.extendedLearningTime()) {
            sb.append(", voorrang voor verplicht verlengde leertijd");
        }
        if (rules.categoryFirst() != null && rules.categoryFirst().equals(c.category())) {
            sb.append(", voorrang voor categorie ").append(c.category());
        }
        sb.append(". Gevraagd ").append(Money.format(c.requested()));
        if (c.requested().compareTo(c.maximum()) > 0) {
            sb.append(", begrensd op het maximum van ").append(Money.format(c.maximum()));
        }
        BigDecimal eligible = eligible(c);
        if (amount.compareTo(eligible) == 0 && amount.signum() > 0) {
            sb.append(". Volledig gehonoreerd (").append(Money.format(amount)).append(") ").append(source).append('.');
        } else if (amount.signum() > 0) {
            sb.append(". Deels gehonoreerd: ").append(Money.format(amount)).append(" ").append(source)
                    .append("; daarna was het plafond bereikt.");
        } else {
            sb.append(". Niet gehonoreerd: het plafond was bereikt voor deze rang.");
        }
        return sb.toString();
    }
}

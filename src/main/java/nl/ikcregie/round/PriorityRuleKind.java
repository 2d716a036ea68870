package nl.ikcregie.round;

/** The kinds of priority rule (verdeelregel) a round can publish; the allocation reads them. */
public enum PriorityRuleKind {
    /** At least this percentage of the granted money goes to IKCs in aandachtsgebieden (parameter: 0-100). */
    MINIMUM_AANDEEL_AANDACHTSGEBIEDEN("Minimumaandeel voor IKC's in aandachtsgebieden (%)", true),
    /** Applications of IKCs that introduce verplicht verlengde leertijd go first. */
    VOORRANG_VERLENGDE_LEERTIJD("Voorrang voor IKC's die verplicht verlengde leertijd invoeren", false),
    /** Applications of IKCs of this category go first (parameter: PLUS, REGULIER or KLEINE_KERN). */
    VOORRANG_CATEGORIE("Voorrang voor een categorie IKC's", true);

    private final String label;
    private final boolean needsParameter;

    PriorityRuleKind(String label, boolean needsParameter) {
        this.label = label;
        this.needsParameter = needsParameter;
    }

    public String label() {
        return label;
    }

    public boolean needsParameter() {
        return needsParameter;
    }
}

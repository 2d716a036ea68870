package nl.ikcregie.agreement;

import java.math.BigDecimal;

/** The extra staff a Plus-IKC's agreement pays for (seed 003, chapter 3), with the usual hours per week. */
public enum StaffRole {
    JEUGDONDERSTEUNER("Jeugdondersteuner 0-12", new BigDecimal("22")),
    JEUGDONDERSTEUNER_VVE("Jeugdondersteuner VVE 0-7", new BigDecimal("16")),
    PEDAGOOG_GGD("Pedagoog GGD", new BigDecimal("4")),
    PROCESBEGELEIDER("Procesbegeleider", new BigDecimal("8"));

    private final String label;
    private final BigDecimal usualHours;

    StaffRole(String label, BigDecimal usualHours) {
        this.label = label;
        this.usualHours = usualHours;
    }

    public String label() {
        return label;
    }

    public BigDecimal usualHours() {
        return usualHours;
    }
}

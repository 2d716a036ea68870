package nl.ikcregie.agreement;

/** The bundled funding sources of Kansen voor Kinderen 2 (seed 003, chapter 4). */
public enum FundingSource {
    OAB("OAB-middelen"),
    VVE("VVE-middelen"),
    LUMPSUM("Lumpsum onderwijs"),
    COLLEGEPROGRAMMA("Collegeprogramma (Steunstructuur 12-)"),
    EIGEN_MIDDELEN("Eigen middelen");

    private final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

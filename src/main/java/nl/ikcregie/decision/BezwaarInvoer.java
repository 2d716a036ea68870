package nl.ikcregie.decision;

/** Registering an objection (form and JSON). */
public class BezwaarInvoer {

    public String ontvangenOp;

    public String indiener;

    public String samenvatting;

    /** "true" when an advisory committee (Awb 7:13) hears the objection: twelve weeks instead of six. */
    public String adviescommissie;
}

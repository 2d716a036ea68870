package nl.ikcregie.assessment;

import java.util.ArrayList;
import java.util.List;

/** The assignment form of a whole round: one row per application; {@code alleen} saves just that application. */
public class ToewijzingenInvoer {

    public List<Rij> toewijzingen = new ArrayList<>();

    public String alleen;

    /** The choice for one application of the round. */
    public static class Rij extends ToewijzingInvoer {
        public String aanvraagId;
    }
}

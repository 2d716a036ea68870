package nl.ikcregie.assessment;

import java.util.ArrayList;
import java.util.List;

/** The assignment form of a whole round: one row per application; {@code alleen} saves just that application. */
public class ToewijzingenInvoer {

    public List<ToewijzingInvoer> toewijzingen = new ArrayList<>();

    public String alleen;
}

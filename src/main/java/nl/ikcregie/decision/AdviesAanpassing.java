package nl.ikcregie.decision;

/** The projectleider's own amount for an application in the advice (form and JSON). */
public class AdviesAanpassing {

    public String bedrag;

    public String reden;
}

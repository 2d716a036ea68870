package nl.ikcregie.organisation;

/** Whether an IKC holds the Plus-IKC predicaat now; answered by the designation feature. */
public interface PlusPredicaten {

    boolean granted(long ikcId);
}

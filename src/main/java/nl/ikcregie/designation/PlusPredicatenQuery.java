package nl.ikcregie.designation;

import jakarta.enterprise.context.ApplicationScoped;
import nl.ikcregie.organisation.PlusPredicaten;

/** Answers the reference data whether an IKC holds a granted predicaat. */
@ApplicationScoped
public class PlusPredicatenQuery implements PlusPredicaten {

    @Override
    public boolean granted(long ikcId) {
        return PlusDesignation.count("ikc.id = ?1 and status = ?2", ikcId, DesignationStatus.TOEGEKEND) > 0;
    }
}

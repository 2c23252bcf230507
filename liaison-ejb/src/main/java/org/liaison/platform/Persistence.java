package org.liaison.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Liaison's persistence context for CDI beans of request scope ({@code @Inject EntityManager}). Such a bean is created
 * on every request, and {@code @PersistenceContext} on it made the container look the context up in JNDI each time
 * (JFR: ~9 % of a small page's time). The container's transaction-scoped EntityManager is safe to share: it joins
 * the transaction of whoever calls it. Enterprise beans keep their own {@code @PersistenceContext}, injected once per
 * pooled instance.
 */
@ApplicationScoped
public class Persistence {

    @Produces
    @PersistenceContext(unitName = "liaison")
    EntityManager entityManager;
}

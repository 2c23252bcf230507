package org.liaison.web.it;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the integration-test classes (failsafe hands them to JUnit in one request; the failsafe configuration
 * names this orderer): by class name, the classes that share one Payara Micro first and those with a server of their
 * own ({@link OwnServer}) last, so that the shared server starts once. The order is fixed, so a failure that depends on
 * it can be reproduced; the tests themselves must not depend on it.
 */
public class ServerOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor c) -> c.isAnnotated(OwnServer.class))
                .thenComparing(c -> c.getTestClass().getName()));
    }
}

package org.liaison.demo;

/**
 * One capability's share of the demo data. Each capability adds its own part (a CDI bean); parts run in
 * {@link #order()} inside one transaction, and later parts find earlier parts' records in the {@link DemoContext}.
 */
public interface DemoDataPart {

    int order();

    void seed(DemoContext context);
}

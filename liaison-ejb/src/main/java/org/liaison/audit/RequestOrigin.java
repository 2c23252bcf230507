package org.liaison.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from, recorded by the web layer so the audit trail can say it. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void address(String address) {
        this.address = address;
    }
}

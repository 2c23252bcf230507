/*
 * The calendar page's FullCalendar options (p:schedule extender): on a phone the month opens as a list of its
 * meetings and events (a seven-column month is too narrow to read there); the month and week views stay a tap away.
 */
window.liaisonCalendarOptions = function () {
    "use strict";
    if (window.matchMedia && window.matchMedia("(max-width: 640px)").matches) {
        this.cfg.options.initialView = "listMonth";
    }
};

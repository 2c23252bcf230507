/*
 * Liaison's page behaviour: the phone menu button, and accessible names PrimeFaces widgets do not give themselves.
 * Runs again whenever an ajax update replaces part of the page.
 */
(function () {
    "use strict";

    function setUpMenu() {
        var bar = document.querySelector(".topbar");
        var button = document.getElementById("menu-button");
        if (!bar || !button || bar.classList.contains("has-menu")) {
            return;
        }
        // Without this script the links stay visible; with it, a phone shows them behind the menu button.
        bar.classList.add("has-menu");
        button.addEventListener("click", function () {
            var open = bar.classList.toggle("open");
            button.setAttribute("aria-expanded", open ? "true" : "false");
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && bar.classList.contains("open")) {
                bar.classList.remove("open");
                button.setAttribute("aria-expanded", "false");
                button.focus();
            }
        });
    }

    /* The date picker's calendar button is named "ui-button" (its hidden text); name it for what it does. */
    function nameDatePickerTriggers(root) {
        var name = document.body.getAttribute("data-choose-date") || "Choose date";
        root.querySelectorAll(".ui-datepicker-trigger").forEach(function (button) {
            var text = button.querySelector(".ui-button-text");
            if (text && text.textContent !== name) {
                text.textContent = name;
            }
            if (button.getAttribute("aria-label") !== name) {
                button.setAttribute("aria-label", name);
            }
        });
    }

    /* A file input hidden from screen readers must not take keyboard focus either; the visible one does. */
    function unhideFileInputs(root) {
        root.querySelectorAll("[aria-hidden='true'] input[type='file'], input[type='file'][aria-hidden='true']")
            .forEach(function (input) {
                var hidden = input.closest("[aria-hidden='true']");
                if (hidden) {
                    hidden.removeAttribute("aria-hidden");
                }
            });
    }

    function enhance() {
        setUpMenu();
        nameDatePickerTriggers(document);
        unhideFileInputs(document);
    }

    var pending = false;
    function later() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                nameDatePickerTriggers(document);
                unhideFileInputs(document);
            });
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhance);
    } else {
        enhance();
    }
    window.addEventListener("load", enhance);
    new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true });
}());

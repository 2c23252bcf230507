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

    /*
     * A multiple-choice picker (p:autoComplete multiple) marks its chips as a listbox that holds the text input too,
     * which screen readers announce as a nameless list box with a stray child. The chips are a plain list of what
     * was chosen; the text input inside keeps its own label and combobox role.
     */
    function plainChipLists(root) {
        root.querySelectorAll("ul.ui-autocomplete-multiple-container").forEach(function (list) {
            if (list.getAttribute("role") !== "list") {
                list.setAttribute("role", "list");
                list.removeAttribute("aria-orientation");
            }
            Array.prototype.forEach.call(list.children, function (item) {
                if (item.getAttribute("role") !== "listitem") {
                    item.setAttribute("role", "listitem");
                    item.removeAttribute("aria-selected");
                }
            });
        });
    }

    /*
     * A message list whose items carry role="alert" is no longer a list to a screen reader (axe: "list"): the box
     * around the list is the live region, its items stay list items.
     */
    function alertBoxes(root) {
        root.querySelectorAll(".ui-messages ul > [role='alert'], .ui-message ul > [role='alert']").forEach(function (item) {
            var box = item.parentNode.parentNode;
            item.removeAttribute("role");
            if (box && !box.getAttribute("role")) {
                box.setAttribute("role", "alert");
            }
        });
    }

    /* A rich-text editor's editable area is a text box named by the field's label (Quill leaves it nameless). */
    function nameRichTextEditors(root) {
        root.querySelectorAll(".ui-texteditor").forEach(function (box) {
            var area = box.querySelector(".ql-editor");
            var label = document.querySelector("label[for='" + box.id + "'], label[for='" + box.id + "_input']");
            if (area && label && area.getAttribute("aria-label") !== label.textContent.trim()) {
                area.setAttribute("role", "textbox");
                area.setAttribute("aria-multiline", "true");
                area.setAttribute("aria-label", label.textContent.trim());
            }
        });
    }

    /*
     * Before a form with rich-text editors is sent: each editor's field gets Quill's semantic HTML (real ul/ol lists,
     * not its internal markup), and an editor left empty sends nothing. PrimeFaces copies the editor only when it
     * loses focus, which a click on the save button may overtake. The server sanitises whatever arrives.
     */
    window.liaisonSyncEditors = function () {
        if (!window.PrimeFaces || !PrimeFaces.widget.TextEditor) {
            return true;
        }
        Object.keys(PrimeFaces.widgets).forEach(function (key) {
            var widget = PrimeFaces.widgets[key];
            if (widget instanceof PrimeFaces.widget.TextEditor && widget.editor) {
                var empty = widget.editor.getText().trim().length === 0;
                widget.input.val(empty ? "" : widget.editor.getSemanticHTML().replace(/&nbsp;/g, " "));
            }
        });
        return true;
    };

    function enhance() {
        setUpMenu();
        nameDatePickerTriggers(document);
        unhideFileInputs(document);
        plainChipLists(document);
        alertBoxes(document);
        nameRichTextEditors(document);
    }

    var pending = false;
    function later() {
        if (!pending) {
            pending = true;
            window.requestAnimationFrame(function () {
                pending = false;
                nameDatePickerTriggers(document);
                unhideFileInputs(document);
                plainChipLists(document);
                alertBoxes(document);
                nameRichTextEditors(document);
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

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
        // Without this script the links stay visible; with it, a narrow screen shows them behind the menu button.
        bar.classList.add("has-menu");
        button.addEventListener("click", function () {
            var open = bar.classList.toggle("open");
            button.setAttribute("aria-expanded", open ? "true" : "false");
        });
        setUpGroups(bar);
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") {
                return;
            }
            var group = bar.querySelector(".nav-group.open");
            if (group) {
                closeGroup(group, true);
            } else if (bar.classList.contains("open")) {
                bar.classList.remove("open");
                button.setAttribute("aria-expanded", "false");
                button.focus();
            }
        });
    }

    /*
     * The navigation's groups (and the account menu) as disclosure menus, the WAI-ARIA "disclosure navigation"
     * pattern: a button that shows or hides its list of links. Enter, Space or a click opens it; Down arrow opens it
     * and goes to its first link; Up and Down arrows, Home and End move among its links; Escape closes it and goes
     * back to its button; leaving it (Tab, a click elsewhere) closes it. One group is open at a time.
     */
    function groupButton(group) {
        return group.querySelector(".nav-group-button");
    }

    function groupItems(group) {
        return Array.prototype.slice.call(group.querySelectorAll(".nav-list a, .nav-list button"));
    }

    function closeGroup(group, focusButton) {
        group.classList.remove("open");
        groupButton(group).setAttribute("aria-expanded", "false");
        if (focusButton) {
            groupButton(group).focus();
        }
    }

    function setUpGroups(bar) {
        var groups = Array.prototype.slice.call(bar.querySelectorAll(".nav-group"));
        function open(group) {
            groups.forEach(function (other) {
                if (other !== group && other.classList.contains("open")) {
                    closeGroup(other, false);
                }
            });
            group.classList.add("open");
            groupButton(group).setAttribute("aria-expanded", "true");
        }
        groups.forEach(function (group) {
            var button = groupButton(group);
            button.addEventListener("click", function () {
                if (group.classList.contains("open")) {
                    closeGroup(group, false);
                } else {
                    open(group);
                }
            });
            button.addEventListener("keydown", function (event) {
                if (event.key === "ArrowDown") {
                    event.preventDefault();
                    event.stopPropagation();
                    open(group);
                    groupItems(group)[0].focus();
                }
            });
            group.addEventListener("keydown", function (event) {
                var items = groupItems(group);
                var at = items.indexOf(event.target);
                if (at < 0) {
                    return;
                }
                var next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
                if (next !== undefined) {
                    event.preventDefault();
                    items[(next + items.length) % items.length].focus();
                }
            });
            group.addEventListener("focusout", function (event) {
                if (event.relatedTarget && !group.contains(event.relatedTarget)) {
                    closeGroup(group, false);
                }
            });
        });
        document.addEventListener("click", function (event) {
            groups.forEach(function (group) {
                if (group.classList.contains("open") && !group.contains(event.target)) {
                    closeGroup(group, false);
                }
            });
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

    /*
     * A month-view day of the calendar (FullCalendar, p:schedule) is a grid cell named by its day number, whose own
     * name is the full date ("November 27, 2026"), while the cell shows "27" and the day's meetings and events: a
     * screen reader would hear only the date, and the name does not contain what is shown (axe:
     * label-content-name-mismatch). The cell takes its name from what it shows instead, and the day number's name
     * says the weekday and month before the number it shows ("Thursday, November 27").
     */
    function nameCalendarDays(root) {
        root.querySelectorAll(".fc td.fc-daygrid-day[aria-labelledby][data-date]").forEach(function (cell) {
            var number = cell.querySelector(".fc-daygrid-day-number");
            var date = new Date(cell.getAttribute("data-date") + "T00:00:00Z");
            if (number && !isNaN(date.getTime())) {
                number.setAttribute("aria-label", date.toLocaleDateString(document.documentElement.lang || "en",
                    { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" }));
            }
            cell.removeAttribute("aria-labelledby");
        });
        // In the week view the shaded line under the all-day row, and the table that lays out the hour lines and
        // their labels, are layout inside FullCalendar's grid, not a cell or a table of their own: presentation. The
        // hour labels ("9am") are shown, so they are read too (FullCalendar hides them from screen readers, and a
        // hidden table inside a grid still counts as a wrong child of the grid for axe-core 4.6).
        root.querySelectorAll(".fc td.fc-timegrid-divider:not([role]), .fc .fc-timegrid-slots > table:not([role])")
            .forEach(function (layout) {
                layout.removeAttribute("aria-hidden");
                layout.setAttribute("role", "presentation");
            });
    }

    /*
     * A radio choice (p:selectOneRadio) marks each option's box with aria-checked, on an element without a role that
     * allows it (axe: aria-allowed-attr); the option's own radio input (hidden, still read) says whether it is chosen.
     */
    function plainRadioOptions(root) {
        root.querySelectorAll(".ui-selectoneradio [aria-checked]:not([role]):not(input)").forEach(function (option) {
            option.removeAttribute("aria-checked");
        });
    }

    /*
     * A field's hint ("at least 12 characters") describes its input: a screen reader reads it with the input's name
     * (aria-describedby), not only when the reader happens to move past it. The input is the one the label names.
     */
    function describeHintedFields(root) {
        root.querySelectorAll(".field > small.hint").forEach(function (hint) {
            var label = hint.parentElement.querySelector("label[for]");
            var input = label && document.getElementById(label.getAttribute("for"));
            if (!input) {
                return;
            }
            if (!hint.id) {
                hint.id = input.id + "_hint";
            }
            var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
            if (described.indexOf(hint.id) < 0) {
                described.push(hint.id);
                input.setAttribute("aria-describedby", described.join(" "));
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
        nameCalendarDays(document);
        nameRichTextEditors(document);
        plainRadioOptions(document);
        describeHintedFields(document);
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
                nameCalendarDays(document);
                nameRichTextEditors(document);
                plainRadioOptions(document);
                describeHintedFields(document);
            });
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", enhance);
    } else {
        enhance();
    }
    window.addEventListener("load", enhance);
    new MutationObserver(later).observe(document.documentElement, { childList: true, subtree: true,
        attributes: true, attributeFilter: ["aria-checked"] });
}());

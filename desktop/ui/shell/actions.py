"""Every action of the window, declared once: object name, menu, text, shortcut, what it does.
The menus, the shortcut list under Help, and the tests all read this table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str  # objectName, e.g. "actionHighlight"
    menu: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None
    slot: str  # method name on the window
    tip: str = ""


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("actionNew", "&File", "&New project…", Key.New, "new_project", "Create an empty project file"),
    ActionSpec("actionOpen", "&File", "&Open project…", Key.Open, "open_project_dialog", "Open a .crosscheck file"),
    ActionSpec(
        "actionImport",
        "&File",
        "&Import articles…",
        "Ctrl+I",
        "import_articles",
        "Import saved web pages, text and Markdown files (or drop them on the window)",
    ),
    ActionSpec(
        "actionPasteArticle",
        "&File",
        "&Paste as new article",
        "Ctrl+Shift+V",
        "paste_article",
        "Import the text on the clipboard as an article",
    ),
    ActionSpec(
        "actionMerge",
        "&File",
        "&Merge from project…",
        "Ctrl+Shift+M",
        "merge_project",
        "Bring a colleague's work into this project",
    ),
    ActionSpec(
        "actionExport",
        "&File",
        "&Export…",
        "Ctrl+E",
        "export_set",
        "W3C Web Annotation, ClaimReview, CSV, brat or an HTML report",
    ),
    ActionSpec(
        "actionImportAnnotations",
        "&File",
        "Import W3C &annotations…",
        None,
        "import_annotations",
        "Read W3C Web Annotation JSON-LD (ours, or Hypothesis's) onto this project's articles",
    ),
    ActionSpec(
        "actionSaveCopy",
        "&File",
        "&Share a copy…",
        Key.SaveAs,
        "save_copy",
        "Write a clean single-file copy to send to a colleague",
    ),
    ActionSpec("actionCloseProject", "&File", "&Close project", "Ctrl+Shift+W", "close_project"),
    ActionSpec("actionSetName", "&File", "Your &name…", None, "set_author_name", "The name recorded with your changes"),
    ActionSpec("actionQuit", "&File", "&Quit", Key.Quit, "close"),
    ActionSpec("actionUndo", "&Edit", "&Undo", Key.Undo, "undo"),
    ActionSpec("actionRedo", "&Edit", "&Redo", Key.Redo, "redo"),
    ActionSpec("actionFind", "&Edit", "&Find in article…", Key.Find, "find_in_article"),
    ActionSpec("actionFindNext", "&Edit", "Find &next", Key.FindNext, "find_next"),
    ActionSpec("actionFindPrevious", "&Edit", "Find pre&vious", Key.FindPrevious, "find_previous"),
    ActionSpec(
        "actionHighlight",
        "&Annotate",
        "&Highlight passage",
        "H",
        "highlight",
        "Mark the selected text as a passage with no claim",
    ),
    ActionSpec(
        "actionNewClaimFromSelection",
        "&Annotate",
        "&New claim from selection",
        "N",
        "new_claim_from_selection",
        "Create a claim from the selected text and link the passage to it",
    ),
    ActionSpec(
        "actionLinkToCurrentClaim",
        "&Annotate",
        "&Link to current claim",
        "L",
        "link_to_current_claim",
        "Link the selected text (or passage) to the claim selected in the claims panel",
    ),
    ActionSpec(
        "actionLinkToClaim",
        "&Annotate",
        "Link to c&laim…",
        "K",
        "link_to_claim",
        "Choose the claim to link to from a searchable list",
    ),
    ActionSpec("actionUnlinkPassage", "&Annotate", "&Unlink passage", "U", "unlink_passage"),
    ActionSpec("actionDeletePassage", "&Annotate", "&Delete passage", Key.Delete, "delete_passage"),
    ActionSpec("actionNextPassage", "&Annotate", "Next passage in article", "F8", "next_passage_in_article"),
    ActionSpec(
        "actionPreviousPassage", "&Annotate", "Previous passage in article", "Shift+F8", "previous_passage_in_article"
    ),
    ActionSpec("actionEditStatement", "&Claims", "&Edit statement", "F2", "edit_statement"),
    ActionSpec("actionNextClaimPassage", "&Claims", "Next passage of the claim", "Alt+Down", "next_claim_passage"),
    ActionSpec(
        "actionPreviousClaimPassage", "&Claims", "Previous passage of the claim", "Alt+Up", "previous_claim_passage"
    ),
    ActionSpec(
        "actionOpenClaimArticles",
        "&Claims",
        "&Open articles carrying the claim",
        "Ctrl+Shift+O",
        "open_claim_articles",
        "Open a pane for each article that carries the selected claim",
    ),
    ActionSpec(
        "actionFindClaimEverywhere",
        "&Claims",
        "&Find this claim in all articles",
        "Ctrl+Shift+F",
        "find_claim_everywhere",
        "Which articles probably carry the selected claim, in any language",
    ),
    ActionSpec("actionMergeClaims", "&Claims", "&Merge the two selected claims", "Ctrl+M", "merge_claims"),
    ActionSpec("actionDeleteClaim", "&Claims", "&Delete claim…", "Shift+Del", "delete_claim"),
    ActionSpec("actionAddPane", "&View", "&Add article pane", "Ctrl+T", "add_pane"),
    ActionSpec("actionClosePane", "&View", "&Close article pane", Key.Close, "close_pane"),
    ActionSpec("actionZoomIn", "&View", "Zoom &in", Key.ZoomIn, "zoom_in"),
    ActionSpec("actionZoomOut", "&View", "Zoom &out", Key.ZoomOut, "zoom_out"),
    ActionSpec("actionZoomReset", "&View", "&Reset zoom", "Ctrl+0", "zoom_reset"),
    ActionSpec("actionFocusLibrary", "&View", "Go to article library", "Alt+1", "focus_library"),
    ActionSpec("actionFocusArticle", "&View", "Go to article text", "Alt+2", "focus_article"),
    ActionSpec("actionFocusClaims", "&View", "Go to claims", "Alt+3", "focus_claims"),
    ActionSpec(
        "actionFocusSuggestions",
        "&View",
        "Go to suggestions",
        "Alt+4",
        "focus_suggestions",
        "Enter accepts the selected suggestion, Delete rejects it",
    ),
    ActionSpec(
        "actionShowCoverage",
        "&View",
        "Co&verage chart",
        "Alt+5",
        "show_coverage",
        "Which source carries which claim; click a cell to go to the passage",
    ),
    ActionSpec(
        "actionShowAllClaims",
        "&View",
        "Show &all claims",
        "Ctrl+Shift+A",
        "show_all_claims",
        "Clear the claims filter (text, verdict, or a source picked in the chart)",
    ),
    ActionSpec("actionShortcuts", "&Help", "&Keyboard shortcuts", Key.HelpContents, "show_shortcuts"),
    ActionSpec("actionAbout", "&Help", "&About Crosscheck", None, "show_about"),
)

MENUS = ("&File", "&Edit", "&Annotate", "&Claims", "&View", "&Help")


def build_actions(window: QMainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {title: window.menuBar().addMenu(title) for title in MENUS}
    for spec in SPECS:
        action = QAction(spec.text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        action.triggered.connect(getattr(window, spec.slot))
        window.addAction(action)  # shortcuts work even when the menu bar is hidden
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
        if spec.name == "actionOpen":
            window.recent_menu = menus[spec.menu].addMenu("Open &recent")
            window.recent_menu.setObjectName("menuOpenRecent")
        if spec.name in (
            "actionOpen",
            "actionMerge",
            "actionCloseProject",
            "actionRedo",
            "actionFindPrevious",
            "actionDeletePassage",
            "actionOpenClaimArticles",
            "actionClosePane",
            "actionZoomReset",
        ):
            menus[spec.menu].addSeparator()
    window.view_menu = menus["&View"]
    return actions


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(menu, action text, shortcut) for the Help > Keyboard shortcuts list."""
    rows = []
    for spec in SPECS:
        action = actions[spec.name]
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((spec.menu.replace("&", ""), action.text().replace("&", ""), keys))
    return rows

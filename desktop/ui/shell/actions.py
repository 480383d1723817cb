"""Every action of the window, declared once: object name, menu, text, shortcut, what it runs
and when it is enabled. The menus, the shortcut list under Help, and the tests all read this table.

`target` names an object the window offers (see `MainWindow.action_targets`) and one of its
methods: "gestures.highlight" runs `Gestures.highlight(*args)`. `when` is a condition over the
window's flags (see `MainWindow.action_flags`), e.g. "writable and claim"; empty means always.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.core.i18n import QT_TRANSLATE_NOOP, Context

action_texts = Context("action_texts")

Key = QKeySequence.StandardKey

FLAGS = frozenset(
    {
        "project",  # a project is open
        "writable",  # ... and it can be changed
        "can_undo",
        "can_redo",
        "pane",  # the current pane shows an article
        "claim",  # there is a current claim
        "file",  # ... and it is a project file (not a team project)
        "room_for_pane",  # fewer panes than the most there can be
        "several_panes",
    }
)


@dataclass(frozen=True)
class ActionSpec:
    name: str  # objectName, e.g. "actionHighlight"
    menu: str  # one of MENUS (its English title is its key)
    text: str  # marked for translation; shown as `shown_text`
    shortcut: QKeySequence.StandardKey | str | None
    target: str  # "namespace.method"
    tip: str = ""
    when: str = ""  # enabled when this condition over FLAGS holds
    args: tuple[object, ...] = ()
    separator_after: bool = False
    text_fields: tuple[tuple[str, object], ...] = ()  # {placeholders} of the text

    @property
    def shown_text(self) -> str:
        text = action_texts.tr(self.text)
        return text.format(**dict(self.text_fields)) if self.text_fields else text

    @property
    def shown_tip(self) -> str:
        return action_texts.tr(self.tip) if self.tip else ""


@cache
def condition(expression: str) -> Callable[[Mapping[str, bool]], bool]:
    """Compile a `when` expression: flag names joined by and / or / not, with parentheses."""
    if not expression.strip():
        return lambda flags: True
    tree = ast.parse(expression, mode="eval").body

    def build(node: ast.AST) -> Callable[[Mapping[str, bool]], bool]:
        if isinstance(node, ast.Name):
            if node.id not in FLAGS:
                raise ValueError(f"unknown flag {node.id!r} in {expression!r}")
            name = node.id
            return lambda flags: bool(flags.get(name, False))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            inner = build(node.operand)
            return lambda flags: not inner(flags)
        if isinstance(node, ast.BoolOp):
            parts = [build(v) for v in node.values]
            if isinstance(node.op, ast.And):
                return lambda flags: all(p(flags) for p in parts)
            return lambda flags: any(p(flags) for p in parts)
        raise ValueError(f"only flag names, and, or, not in {expression!r}")

    return build(tree)


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "actionNew",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&New project…"),
        Key.New,
        "window.new_project",
        tip=QT_TRANSLATE_NOOP("action_texts", "Create an empty project file"),
    ),
    ActionSpec(
        "actionOpen",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Open project…"),
        Key.Open,
        "window.open_project_dialog",
        tip=QT_TRANSLATE_NOOP("action_texts", "Open a .crosscheck file"),
    ),
    ActionSpec(
        "actionOpenTeam",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "Open &team project…"),
        "Ctrl+Shift+T",
        "window.open_team_dialog",
        tip=QT_TRANSLATE_NOOP(
            "action_texts", "Open a project your desk shares on a PostgreSQL server (postgresql://…)"
        ),
        separator_after=True,
    ),
    ActionSpec(
        "actionImport",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Import articles…"),
        "Ctrl+I",
        "io.import_files",
        tip=QT_TRANSLATE_NOOP(
            "action_texts", "Import saved web pages, text and Markdown files (or drop them on the window)"
        ),
        when="writable",
    ),
    ActionSpec(
        "actionPasteArticle",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Paste as new article"),
        "Ctrl+Shift+V",
        "io.paste_article",
        tip=QT_TRANSLATE_NOOP("action_texts", "Import the text on the clipboard as an article"),
        when="writable",
    ),
    ActionSpec(
        "actionMerge",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Merge from project…"),
        "Ctrl+Shift+M",
        "io.merge_from",
        tip=QT_TRANSLATE_NOOP("action_texts", "Bring a colleague's work into this project"),
        when="writable",
        separator_after=True,
    ),
    ActionSpec(
        "actionExport",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Export…"),
        "Ctrl+E",
        "io.export_set",
        tip=QT_TRANSLATE_NOOP("action_texts", "W3C Web Annotation, ClaimReview, CSV, brat or an HTML report"),
        when="project",
    ),
    ActionSpec(
        "actionImportAnnotations",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "Import W3C &annotations…"),
        None,
        "io.import_annotations",
        tip=QT_TRANSLATE_NOOP(
            "action_texts", "Read W3C Web Annotation JSON-LD (ours, or Hypothesis's) onto this project's articles"
        ),
        when="writable",
    ),
    ActionSpec(
        "actionSaveCopy",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Share a copy…"),
        Key.SaveAs,
        "window.save_copy",
        tip=QT_TRANSLATE_NOOP("action_texts", "Write a clean single-file copy to send to a colleague"),
        when="project",
    ),
    ActionSpec(
        "actionPublishTeam",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Publish to team server…"),
        None,
        "window.publish_to_team",
        tip=QT_TRANSLATE_NOOP(
            "action_texts", "Make a team project of this file on your desk's PostgreSQL server, to work on it together"
        ),
        when="file",
    ),
    ActionSpec(
        "actionCloseProject",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "&Close project"),
        "Ctrl+Shift+W",
        "window.close_project",
        when="project",
        separator_after=True,
    ),
    ActionSpec(
        "actionSetName",
        "&File",
        QT_TRANSLATE_NOOP("action_texts", "Your &name…"),
        None,
        "window.set_author_name",
        tip=QT_TRANSLATE_NOOP("action_texts", "The name recorded with your changes"),
    ),
    ActionSpec("actionQuit", "&File", QT_TRANSLATE_NOOP("action_texts", "&Quit"), Key.Quit, "window.close"),
    ActionSpec(
        "actionUndo", "&Edit", QT_TRANSLATE_NOOP("action_texts", "&Undo"), Key.Undo, "bridge.undo", when="can_undo"
    ),
    ActionSpec(
        "actionRedo",
        "&Edit",
        QT_TRANSLATE_NOOP("action_texts", "&Redo"),
        Key.Redo,
        "bridge.redo",
        when="can_redo",
        separator_after=True,
    ),
    ActionSpec(
        "actionFind",
        "&Edit",
        QT_TRANSLATE_NOOP("action_texts", "&Find in article…"),
        Key.Find,
        "panes.open_find",
        when="pane",
    ),
    ActionSpec(
        "actionFindNext", "&Edit", QT_TRANSLATE_NOOP("action_texts", "Find &next"), "F3", "panes.find_next", when="pane"
    ),
    ActionSpec(
        "actionFindPrevious",
        "&Edit",
        QT_TRANSLATE_NOOP("action_texts", "Find pre&vious"),
        "Shift+F3",
        "panes.find_previous",
        when="pane",
        separator_after=True,
    ),
    ActionSpec(
        "actionHighlight",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "&Highlight passage"),
        "H",
        "gestures.highlight",
        tip=QT_TRANSLATE_NOOP("action_texts", "Mark the selected text as a passage with no claim"),
        when="writable",
    ),
    ActionSpec(
        "actionNewClaimFromSelection",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "&New claim from selection"),
        "N",
        "gestures.new_claim_from_selection",
        tip=QT_TRANSLATE_NOOP("action_texts", "Create a claim from the selected text and link the passage to it"),
        when="writable",
    ),
    ActionSpec(
        "actionLinkToCurrentClaim",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "&Link to current claim"),
        "L",
        "gestures.link_to_current_claim",
        tip=QT_TRANSLATE_NOOP(
            "action_texts", "Link the selected text (or passage) to the claim selected in the claims panel"
        ),
        when="writable",
    ),
    ActionSpec(
        "actionLinkToClaim",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "Link to c&laim…"),
        "K",
        "window.pick_claim_to_link",
        tip=QT_TRANSLATE_NOOP("action_texts", "Choose the claim to link to from a searchable list"),
        when="writable",
    ),
    ActionSpec(
        "actionUnlinkPassage",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "&Unlink passage"),
        "U",
        "gestures.unlink_passage",
        when="writable",
    ),
    ActionSpec(
        "actionDeletePassage",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "&Delete passage"),
        Key.Delete,
        "window.delete_selection",
        when="writable",
        separator_after=True,
    ),
    ActionSpec(
        "actionNextPassage",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "Next passage in article"),
        "F8",
        "gestures.step_article_passage",
        when="project",
        args=(+1,),
    ),
    ActionSpec(
        "actionPreviousPassage",
        "&Annotate",
        QT_TRANSLATE_NOOP("action_texts", "Previous passage in article"),
        "Shift+F8",
        "gestures.step_article_passage",
        when="project",
        args=(-1,),
    ),
    ActionSpec(
        "actionEditStatement",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "&Edit statement"),
        "F2",
        "window.edit_statement",
        when="writable and claim",
    ),
    ActionSpec(
        "actionNextClaimPassage",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "Next passage of the claim"),
        "Alt+Down",
        "gestures.step_claim_passage",
        when="project",
        args=(+1,),
    ),
    ActionSpec(
        "actionPreviousClaimPassage",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "Previous passage of the claim"),
        "Alt+Up",
        "gestures.step_claim_passage",
        when="project",
        args=(-1,),
    ),
    ActionSpec(
        "actionOpenClaimArticles",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "&Open articles carrying the claim"),
        "Ctrl+Shift+O",
        "gestures.open_claim_articles",
        tip=QT_TRANSLATE_NOOP("action_texts", "Open a pane for each article that carries the selected claim"),
        when="project",
        separator_after=True,
    ),
    ActionSpec(
        "actionFindClaimEverywhere",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "&Find this claim in all articles"),
        "Ctrl+Shift+F",
        "suggestions.find_claim_everywhere",
        tip=QT_TRANSLATE_NOOP("action_texts", "Which articles probably carry the selected claim, in any language"),
        when="project",
    ),
    ActionSpec(
        "actionMergeClaims",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "&Merge the two selected claims"),
        "Ctrl+M",
        "gestures.merge_claims",
        when="writable",
    ),
    ActionSpec(
        "actionDeleteClaim",
        "&Claims",
        QT_TRANSLATE_NOOP("action_texts", "&Delete claim…"),
        "Shift+Del",
        "claims.delete_selected",
        when="writable",
    ),
    ActionSpec(
        "actionAddPane",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "&Add article pane"),
        "Ctrl+T",
        "gestures.add_pane",
        when="project and room_for_pane",
    ),
    ActionSpec(
        "actionClosePane",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "&Close article pane"),
        Key.Close,
        "workspace.close_pane",
        when="several_panes",
        separator_after=True,
    ),
    ActionSpec(
        "actionZoomIn",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Zoom &in"),
        Key.ZoomIn,
        "panes.zoom",
        when="project",
        args=(+1,),
    ),
    ActionSpec(
        "actionZoomOut",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Zoom &out"),
        Key.ZoomOut,
        "panes.zoom",
        when="project",
        args=(-1,),
    ),
    ActionSpec(
        "actionZoomReset",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "&Reset zoom"),
        "Ctrl+0",
        "panes.zoom",
        when="project",
        args=(0,),
        separator_after=True,
    ),
    ActionSpec(
        "actionNextPane",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Go to next pane"),
        "F6",
        "panes.focus_next_pane",
        when="pane",
        args=(+1,),
    ),
    ActionSpec(
        "actionPreviousPane",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Go to previous pane"),
        "Shift+F6",
        "panes.focus_next_pane",
        when="pane",
        args=(-1,),
    ),
    *(
        ActionSpec(
            f"actionFocusPane{n}",
            "",
            QT_TRANSLATE_NOOP("action_texts", "Go to pane {number}"),
            f"Ctrl+{n}",
            "panes.focus_pane_number",
            args=(n,),
            text_fields=(("number", n),),
        )
        for n in range(1, 7)
    ),
    ActionSpec(
        "actionFocusLibrary",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Go to article library"),
        "Alt+1",
        "window.focus_library",
    ),
    ActionSpec(
        "actionFocusArticle",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Go to article text"),
        "Alt+2",
        "window.focus_article",
    ),
    ActionSpec(
        "actionFocusClaims", "&View", QT_TRANSLATE_NOOP("action_texts", "Go to claims"), "Alt+3", "window.focus_claims"
    ),
    ActionSpec(
        "actionFocusSuggestions",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Go to suggestions"),
        "Alt+4",
        "window.focus_suggestions",
        tip=QT_TRANSLATE_NOOP("action_texts", "Enter accepts the selected suggestion, Delete rejects it"),
    ),
    ActionSpec(
        "actionShowCoverage",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Co&verage chart"),
        "Alt+5",
        "chart.show",
        tip=QT_TRANSLATE_NOOP("action_texts", "Which source carries which claim; click a cell to go to the passage"),
    ),
    ActionSpec(
        "actionShowAllClaims",
        "&View",
        QT_TRANSLATE_NOOP("action_texts", "Show &all claims"),
        "Ctrl+Shift+A",
        "window.show_all_claims",
        tip=QT_TRANSLATE_NOOP(
            "action_texts", "Clear the claims filter (text, verdict, or a source picked in the chart)"
        ),
        when="project",
    ),
    ActionSpec(
        "actionShortcuts",
        "&Help",
        QT_TRANSLATE_NOOP("action_texts", "&Keyboard shortcuts"),
        Key.HelpContents,
        "window.show_shortcuts",
    ),
    ActionSpec(
        "actionAbout", "&Help", QT_TRANSLATE_NOOP("action_texts", "&About Crosscheck"), None, "window.show_about"
    ),
)

MENUS = (
    QT_TRANSLATE_NOOP("action_texts", "&File"),
    QT_TRANSLATE_NOOP("action_texts", "&Edit"),
    QT_TRANSLATE_NOOP("action_texts", "&Annotate"),
    QT_TRANSLATE_NOOP("action_texts", "&Claims"),
    QT_TRANSLATE_NOOP("action_texts", "&View"),
    QT_TRANSLATE_NOOP("action_texts", "&Help"),
)


def build_actions(
    window: QMainWindow, resolve: Callable[[str], Callable[..., object]], done: Callable[[object], None]
) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create the menus and their actions. `resolve` turns a target name into the callable to run
    (at trigger time, so lazily built objects work), `done` receives what it returned."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {title: window.menuBar().addMenu(action_texts.tr(title)) for title in MENUS}
    # menu "" : a window-wide key shown only in the shortcut list (Ctrl+1..6 for the panes)
    for spec in SPECS:
        action = QAction(spec.shown_text, window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.shown_tip)
            action.setToolTip(spec.shown_tip)
        action.triggered.connect(lambda _checked=False, s=spec: done(resolve(s.target)(*s.args)))
        window.addAction(action)  # shortcuts work even when the menu bar is hidden
        if spec.menu:
            menus[spec.menu].addAction(action)
        actions[spec.name] = action
        if spec.separator_after:
            menus[spec.menu].addSeparator()
    return actions, menus


def update_enabled(actions: Mapping[str, QAction], flags: Mapping[str, bool]) -> None:
    for spec in SPECS:
        actions[spec.name].setEnabled(condition(spec.when)(flags))


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(menu, action text, shortcut) for the Help > Keyboard shortcuts list."""
    rows = []
    for spec in SPECS:
        action = actions[spec.name]
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            menu = action_texts.tr(spec.menu or "&View")
            rows.append((menu.replace("&", ""), action.text().replace("&", ""), keys))
    return rows

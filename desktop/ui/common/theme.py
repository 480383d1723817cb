"""Highlight colours for the light and dark schemes, kept readable (WCAG contrast >= 4.5:1).

A claim's colour is a hue; the text behind it gets a tint of that hue mixed into the page colour,
as strong as it can be while the text stays readable. The selected claim gets the strongest tint
that still passes; other claims a lighter one; unlinked passages a neutral grey.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

MIN_CONTRAST = 4.5


def _linear(channel: float) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * _linear(colour.red()) + 0.7152 * _linear(colour.green()) + 0.0722 * _linear(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """A translucent colour as it shows on a background (what the eye compares)."""
    solid = QColor(colour)
    solid.setAlpha(255)
    return mix(background, solid, colour.alphaF())


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


@dataclass(frozen=True)
class Scheme:
    dark: bool
    page: QColor  # the text view's background
    text: QColor

    def tint(self, hue: str, strength: float) -> QColor:
        """`hue` mixed into the page at up to `strength`, backed off until text is readable."""
        return _readable_tint(self.page.name(), self.text.name(), hue, strength)

    def passage_background(self, hue: str | None, selected: bool, overlap: bool) -> QColor:
        if hue is None:  # unlinked passage: neutral, told apart by its dotted underline too
            strength = 0.42 if overlap else 0.26
            return self.tint("#808080", strength + (0.12 if self.dark else 0.0))
        strength = 0.62 if selected else (0.40 if overlap else 0.30)
        if self.dark:
            strength += 0.12
        return self.tint(hue, strength)

    def outline(self, hue: str) -> QColor:
        colour = QColor(hue)
        return colour.lighter(130) if self.dark else colour.darker(120)


@lru_cache(maxsize=512)
def _readable_tint(page: str, text: str, hue: str, strength: float) -> QColor:
    page_colour, text_colour, hue_colour = QColor(page), QColor(text), QColor(hue)
    amount = strength
    while amount > 0.02:
        candidate = mix(page_colour, hue_colour, amount)
        if contrast(candidate, text_colour) >= MIN_CONTRAST:
            return candidate
        amount -= 0.04
    return mix(page_colour, hue_colour, 0.02)


def current_scheme(palette: QPalette | None = None) -> Scheme:
    palette = palette or QGuiApplication.palette()
    page = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    # What is painted decides, not what the system asks for: View > Theme can override it.
    return Scheme(dark=page.lightness() < 128, page=page, text=text)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, used when the system asks for a dark scheme and the platform
    style does not supply one (e.g. offscreen or older desktops)."""
    p = QPalette()
    window, base, text = QColor("#232629"), QColor("#1b1e20"), QColor("#e8e6e3")
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor("#2a2e32")),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor("#31363b")),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.ToolTipBase, QColor("#31363b")),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Highlight, QColor("#3d7ab8")),
        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#8a8f94")),
        (QPalette.ColorRole.Link, QColor("#6cb4f0")),
        (QPalette.ColorRole.Mid, QColor("#44494e")),
    ):
        p.setColor(role, colour)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6c7075"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6c7075"))
    return p


# The text on a background that WCAG 2 AA holds to 4.5:1, by palette role: what a style's own
# palette may fall short of (Fusion's selection blue under white text is 3.7:1, its placeholder
# a half-transparent black, 4.0:1).
READABLE_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


def readable(palette: QPalette) -> QPalette:
    """The palette with every pair of READABLE_PAIRS at 4.5:1 or more: the selection background,
    or else the foreground, moved away from the other one step at a time (hue kept)."""
    palette = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg_role, bg_role in READABLE_PAIRS:
            background = palette.color(group, bg_role)
            foreground = over(palette.color(group, fg_role), background)
            move_background = bg_role == QPalette.ColorRole.Highlight
            for _ in range(40):
                if contrast(foreground, background) >= MIN_CONTRAST:
                    break
                lighter = luminance(foreground) > luminance(background)
                if move_background:
                    background = background.darker(105) if lighter else background.lighter(105)
                else:
                    foreground = foreground.lighter(105) if lighter else foreground.darker(110)
                    if foreground.lightness() in (0, 255):
                        foreground = QColor("#000000") if not lighter else QColor("#ffffff")
            palette.setColor(group, fg_role, foreground)
            palette.setColor(group, bg_role, background)
    return palette


THEME_KEY = "ui/theme"
THEMES = ("system", "light", "dark")


def saved_theme() -> str:
    from PySide6.QtCore import QSettings

    value = str(QSettings().value(THEME_KEY, "system"))
    return value if value in THEMES else "system"


def apply_theme(theme: str, remember: bool = False) -> None:
    """View > Theme: follow the system, or always light, or always dark."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if theme not in THEMES or not isinstance(app, QApplication):
        return
    if remember:
        QSettings().setValue(THEME_KEY, theme)
    if theme == "dark":
        app.setPalette(readable(dark_palette()))
    elif theme == "light":
        app.setPalette(readable(app.style().standardPalette()))
    else:
        follow_colour_scheme(app, force=True)


def follow_colour_scheme(app: QApplication, force: bool = False) -> None:
    """Use a dark palette when the system asks for a dark scheme but the platform theme does not
    provide one, and the style's own palette otherwise. Connected to colorSchemeChanged; does
    nothing while the user has chosen Light or Dark under View > Theme."""
    if not force and saved_theme() != "system":
        return
    hints = app.styleHints()
    wants_dark = hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark
    base_is_dark = app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    if wants_dark and not base_is_dark:
        app.setPalette(readable(dark_palette()))
    elif not wants_dark and base_is_dark:
        app.setPalette(readable(app.style().standardPalette()))
    else:
        app.setPalette(readable(app.palette()))

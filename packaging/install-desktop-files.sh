#!/bin/sh
# Put Crosscheck in the application menu and make .crosscheck files open with it, for this user
# only (under ~/.local; nothing needs root). Run from the unpacked bundle or from a checkout:
#   sh install-desktop-files.sh            install
#   sh install-desktop-files.sh --remove   take it out again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.crosscheck.Crosscheck
data=${XDG_DATA_HOME:-$HOME/.local/share}
bindir=$HOME/.local/bin

if [ -d "$here/share" ]; then            # the bundle: share/ laid out already, program beside it
    share=$here/share; program=$here/crosscheck
else                                     # a checkout: files in packaging/ and resources/
    share=""; program=$(command -v crosscheck || true)
fi

refresh() {
    command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" || true
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" "$data/mime/packages/$id.xml"
    find "$data/icons/hicolor" -name "$id.*" -delete 2>/dev/null || true
    [ -L "$bindir/crosscheck" ] && rm -f "$bindir/crosscheck"
    refresh
    echo "Crosscheck's menu entry and file type removed."
    exit 0
fi

mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" "$data/icons/hicolor/scalable/apps"
if [ -n "$share" ]; then
    # Point the menu entry at this bundle, so it works even without ~/.local/bin on PATH
    # (only for paths the desktop-entry quoting rules allow as they are).
    case $program in
        *[\"\$\`\\]*) cp "$share/applications/$id.desktop" "$data/applications/" ;;
        *) sed -e "s|^Exec=crosscheck |Exec=\"$program\" |" -e "s|^TryExec=crosscheck\$|TryExec=$program|" \
               "$share/applications/$id.desktop" > "$data/applications/$id.desktop" ;;
    esac
    cp "$share/metainfo/$id.metainfo.xml" "$data/metainfo/"
    cp "$share/mime/packages/$id.xml" "$data/mime/packages/"
    cp -R "$share/icons/hicolor/." "$data/icons/hicolor/"
    mkdir -p "$bindir"
    ln -sf "$program" "$bindir/crosscheck"   # for the terminal
else
    root=$(cd "$here/.." && pwd)
    cp "$here/$id.desktop" "$data/applications/"
    cp "$here/$id.metainfo.xml" "$data/metainfo/"
    cp "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
    cp -R "$root/resources/icons/hicolor/." "$data/icons/hicolor/"
    cp "$root/resources/icons/$id.svg" "$data/icons/hicolor/scalable/apps/"
fi
refresh
if [ -z "$program" ]; then
    echo "warning: no crosscheck program found on PATH; the menu entry needs it" >&2
fi
case ":$PATH:" in *":$bindir:"*) ;; *)
    [ -n "$share" ] && echo "note: add $bindir to PATH to run crosscheck from a terminal" ;; esac
echo "Crosscheck installed in the menu; .crosscheck files now open with it."

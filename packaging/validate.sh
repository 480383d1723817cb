#!/bin/sh
# Validate the desktop integration files with the freedesktop tools. Installs nothing:
#   apt-get install desktop-file-utils appstream shared-mime-info   (Debian/Ubuntu) first.
#   sh packaging/validate.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=io.github.crosscheck.Crosscheck
missing=""
for tool in desktop-file-validate appstreamcli xmllint; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
case $missing in *desktop-file-validate*|*appstreamcli*)
    echo "validate: missing:$missing (Debian: desktop-file-utils appstream)" >&2; exit 2 ;; esac

echo "desktop-file-validate $id.desktop"
out=$(desktop-file-validate "$here/$id.desktop" 2>&1) || { echo "$out" >&2; exit 1; }
[ -z "$out" ] || { echo "$out" >&2; exit 1; }   # hints count as failures: keep the file clean

echo "appstreamcli validate $id.metainfo.xml"
appstreamcli validate --no-net "$here/$id.metainfo.xml"

if command -v update-mime-database >/dev/null 2>&1; then
    echo "update-mime-database on $id.mime.xml"
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/mime/packages"
    cp "$here/$id.mime.xml" "$tmp/mime/packages/$id.xml"
    update-mime-database "$tmp/mime" 2>/dev/null
    grep -q "application/x-crosscheck" "$tmp/mime/types"
fi
echo "validate: all desktop files are valid"

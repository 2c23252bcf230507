#!/bin/sh
# Derives Liaison's PrimeFaces theme ("liaison", navy) from the saga-blue theme shipped in the PrimeFaces jar, by
# replacing its colours. Saga-blue's primary (#2196f3) carries white text at 3.1:1 and its secondary (#607d8b) at
# 4.4:1, both below WCAG 2.1 AA; the colours below reach at least 4.5:1. Focus rings become the amber ring that
# native elements get in liaison.css (3 px amber, 2 px off the element). Run again after a PrimeFaces upgrade:
#   liaison-web/src/theme/derive-liaison-theme.sh [path/to/primefaces-<version>-jakarta.jar]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
version=$(sed -n 's:.*<primefaces.version>\(.*\)</primefaces.version>.*:\1:p' "$here/../../../pom.xml")
jar=${1:-$HOME/.m2/repository/org/primefaces/primefaces/$version/primefaces-$version-jakarta.jar}
out="$here/../main/webapp/resources/primefaces-liaison/theme.css"
mkdir -p "$(dirname "$out")"
unzip -p "$jar" META-INF/resources/primefaces-saga-blue/theme.css | sed \
  -e 's/#2196[fF]3/#1f4e8c/g' \
  -e 's/rgb(12\.7384615385,136\.9384615385,235\.6615384615)/#173d6e/g' \
  -e 's/rgb(11\.3230769231,121\.7230769231,209\.4769230769)/#12355b/g' \
  -e 's/rgba(33,150,243,/rgba(31,78,140,/g' \
  -e 's/rgb(166\.2, *213, *250\.2)/#f0b429/g' \
  -e 's/box-shadow:0 0 0 \.2r*em #f0b429/box-shadow:0 0 0 2px #fff,0 0 0 5px #f0b429/g' \
  -e 's/--focus-ring: 0 0 0 0\.2rem #f0b429/--focus-ring: 0 0 0 2px #fff,0 0 0 5px #f0b429/' \
  -e 's/#e3f2fd/#e6edf7/g' \
  -e 's/#607d8b/#4d5d6c/g' \
  -e 's/rgba(96,125,139,/rgba(77,93,108,/g' \
  -e 's/rgb(86\.4,112\.5,125\.1)/#435261/g' \
  -e 's/rgb(76\.8,100,111\.2)/#3a4754/g' \
  -e 's/#6c757d/#5c6670/g' \
  -e 's/#689f38/#3b7a1f/g' \
  -e 's/#0288d1/#01579b/g' \
  -e 's/#b3e5fc/#e6edf7/g' \
  -e 's/#03a9f4/#1f4e8c/g' \
  > "$out"
echo "wrote $out"

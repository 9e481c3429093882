#!/usr/bin/env bash
# Writes a copy of examples/shop whose HTML email templates are the size of real marketing
# email: each gets 40 product rows appended (welcome_1 becomes about 22 KB). For `ma-load
# --workspace <folder>`, which sends the shop's traffic to whatever copy of the shop it is given.
#   usage: tests/MarketingAutomation.LoadTest/large-templates.sh <folder>
set -euo pipefail

if [[ $# -ne 1 || "$1" == -* ]]; then
  echo "usage: $0 <folder>   (the folder must not exist yet)" >&2
  exit 2
fi

target=$1
if [[ -e "$target" ]]; then
  echo "$target already exists; give a new folder" >&2
  exit 2
fi

shop="$(cd "$(dirname "$0")/../.." && pwd)/examples/shop"
cp -r "$shop" "$target"

rows=""
for n in $(seq 0 39); do
  rows+="<table role=\"presentation\" width=\"100%\" style=\"border-collapse: collapse; margin: 12px 0;\"><tr>
<td style=\"padding: 8px; width: 120px;\"><img src=\"https://shop.example.com/img/bag-$n.jpg\" width=\"120\" alt=\"Bag $n\"></td>
<td style=\"padding: 8px; font-family: Georgia, serif; color: #333;\"><strong>Single origin no. $n</strong><br>
Notes of cocoa, red fruit and toasted almond; roasted medium for filter and espresso alike.<br>
<a href=\"https://shop.example.com/beans/$n?utm_source=journey&utm_campaign=catalogue\">See this coffee</a></td></tr></table>
"
done

# Only templates whose body is HTML (they start with a tag); SMS and push texts stay as they are.
for template in "$target"/templates/*.liquid; do
  if [[ "$(head -c 1 "$template")" == "<" ]]; then
    printf '%s' "$rows" >> "$template"
  fi
done

echo "wrote $target (welcome_1.liquid: $(wc -c < "$target/templates/welcome_1.liquid") bytes)"

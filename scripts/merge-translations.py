#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from a list written by a translator.

Usage: merge-translations.py TS MESSAGES_JSON TRANSLATIONS...

MESSAGES_JSON maps message ids to (context, source), as exported from a
lupdate run; each TRANSLATIONS file holds lines "id<TAB>translation" (\\n for
a line break; a message with %n gives its singular and plural forms
separated by "|||"). Matching messages in TS get the translation and lose
their "unfinished" mark; nothing else in the file changes."""
import json
import sys
import xml.etree.ElementTree as ET

ts_path, messages_path, *lists = sys.argv[1:]
by_id = {m["id"]: m for m in json.load(open(messages_path, encoding="utf-8"))}
wanted = {}
for path in lists:
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        ident, text = line.split("\t", 1)
        m = by_id[int(ident)]
        wanted[(m["ctx"], m["src"])] = text.replace("\\n", "\n")

tree = ET.parse(ts_path)
done = 0
for context in tree.getroot().findall("context"):
    name = context.find("name").text
    for message in context.findall("message"):
        key = (name, message.find("source").text or "")
        if key in wanted:
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for text in wanted[key].split("|||"):
                    ET.SubElement(translation, "numerusform").text = text
                translation.text = None
            else:
                translation.text = wanted[key]
            translation.attrib.pop("type", None)
            done += 1
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
with open(ts_path, "r+", encoding="utf-8") as f:  # keep lupdate's DOCTYPE line
    text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        f.seek(0)
        f.write(text)
        f.truncate()
print(f"{done} of {len(wanted)} translations filled into {ts_path}")

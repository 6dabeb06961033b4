"""The project's own descriptions: where they sit in openapi.yaml and how they survive an update.

Every prose-bearing object has a stable *slot key* that does not depend on list positions, e.g.
`paths//chats/get`, `paths//chats/get/parameters[limit]`, `schemas/User/properties/email`.
`make update-spec` collects the texts of the current openapi.yaml by slot, normalises the new
upstream document, and puts each text back into the slot of the same key.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from normalize_spec import HTTP_METHODS

TEXT_KEYS = ("summary", "description")

# After which keys the texts are placed, so that openapi.yaml reads naturally.
_LEADING_KEYS = ("title", "version", "name", "in", "operationId")


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _schema_slots(key: str, schema: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return
    yield key, schema
    for name, child in schema.get("properties", {}).items():
        yield from _schema_slots(f"{key}/properties/{_escape(name)}", child)
    if isinstance(schema.get("items"), dict):
        yield from _schema_slots(f"{key}/items", schema["items"])
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _schema_slots(f"{key}/additionalProperties", schema["additionalProperties"])
    for combinator in ("allOf", "anyOf", "oneOf"):
        for index, child in enumerate(schema.get(combinator, [])):
            if "$ref" not in child and child.get("enum") != [None]:  # refs and the null member need no text
                yield from _schema_slots(f"{key}/{combinator}/{index}", child)


def iter_slots(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (slot key, kind, object) for every place that can carry the project's prose.

    Kinds: `info`, `tag`, `operation`, `parameter`, `schema` (a component), `property` (anything
    nested in a schema, or an inline body).
    """
    yield "info", "info", spec["info"]
    for tag in spec.get("tags", []):
        yield f"tags[{tag['name']}]", "tag", tag
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            op_key = f"paths/{_escape(path)}/{method}"
            yield op_key, "operation", operation
            for parameter in operation.get("parameters", []):
                yield f"{op_key}/parameters[{parameter['name']}]", "parameter", parameter
            for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
                base = f"{op_key}/requestBody/{_escape(media_type)}"
                for key, schema in _schema_slots(base, media.get("schema")):
                    if "$ref" not in schema:
                        yield key, "property", schema
            for status, response in operation.get("responses", {}).items():
                for media_type, media in response.get("content", {}).items():
                    base = f"{op_key}/responses/{status}/{_escape(media_type)}"
                    for key, schema in _schema_slots(base, media.get("schema")):
                        if "$ref" not in schema and "anyOf" not in schema:
                            yield key, "property", schema
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        for key, child in _schema_slots(f"schemas/{_escape(name)}", schema):
            yield key, ("schema" if key.count("/") == 1 else "property"), child


def collect(spec: dict[str, Any]) -> dict[str, dict[str, str]]:
    """The texts of a document, by slot key."""
    found: dict[str, dict[str, str]] = {}
    for key, _, obj in iter_slots(spec):
        texts = {k: obj[k] for k in TEXT_KEYS if isinstance(obj.get(k), str)}
        if texts:
            found[key] = texts
    return found


def place(obj: dict[str, Any], texts: dict[str, str]) -> None:
    """Set `summary`/`description` on `obj` in place, right after its identifying keys."""
    rest = {k: v for k, v in obj.items() if k not in TEXT_KEYS}
    leading = {k: rest.pop(k) for k in _LEADING_KEYS if k in rest}
    merged = {**{k: obj[k] for k in TEXT_KEYS if k in obj}, **texts}
    obj.clear()
    obj.update(leading)
    obj.update({k: merged[k] for k in TEXT_KEYS if k in merged})
    obj.update(rest)


def apply(spec: dict[str, Any], texts_by_slot: dict[str, dict[str, str]]) -> list[str]:
    """Put texts into the slots of `spec`; return the keys that matched no slot (stale prose)."""
    slots = {key: obj for key, _, obj in iter_slots(spec)}
    for key, texts in texts_by_slot.items():
        if key in slots:
            place(slots[key], texts)
    return sorted(set(texts_by_slot) - set(slots))


# Properties whose name says everything; every other property needs the project's words.
SELF_EXPLANATORY = frozenset({"id", "created_at", "updated_at"})


def missing(spec: dict[str, Any]) -> list[str]:
    """Slots that must have prose and have none.

    Operations need a summary and a description; the info block, tags, components, parameters and
    properties need a description. List items, maps' values, references and a few self-explanatory
    names (`id`, `created_at`) may go without. The answer depends only on `spec`, so running
    `make update-spec` twice lists the same places.
    """
    gaps = []
    for key, kind, obj in iter_slots(spec):
        if kind == "operation":
            for needed in TEXT_KEYS:
                if not obj.get(needed):
                    gaps.append(f"{key} ({needed})")
        elif kind in ("info", "tag", "schema", "parameter"):
            if not obj.get("description"):
                gaps.append(key)
        elif kind == "property" and not obj.get("description") and not obj.get("$ref"):
            leaf = key.rsplit("/", 1)[-1]
            if leaf not in ("items", "additionalProperties") and leaf not in SELF_EXPLANATORY:
                gaps.append(key)
    return gaps


def _context(obj: dict[str, Any]) -> str:
    """A one-line structural hint for a slot, for maintainers writing its text."""
    schema = obj.get("schema", obj)
    bits = [
        f"{k}={schema[k]}"
        for k in ("type", "format", "$ref", "enum", "nullable", "maxLength", "maximum")
        if k in schema
    ]
    if "operationId" in obj:
        bits.insert(0, f"operationId={obj['operationId']}")
    return " ".join(bits)[:160]


def main(argv: list[str] | None = None) -> int:
    """`list [--missing]` prints slots; `apply FILE` merges a {slot: {summary, description}} YAML file."""
    import argparse

    import yaml
    from specio import load_spec, write_spec

    parser = argparse.ArgumentParser(description="Inspect or fill the prose slots of openapi.yaml")
    parser.add_argument("command", choices=["list", "apply"])
    parser.add_argument("file", nargs="?", help="for apply: a YAML mapping of slot key -> {summary, description}")
    parser.add_argument("--spec", default="openapi.yaml")
    parser.add_argument("--missing", action="store_true", help="for list: only slots without a description")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    if args.command == "list":
        for key, kind, obj in iter_slots(spec):
            if args.missing and obj.get("description"):
                continue
            print(f"{key}\t{kind}\t{_context(obj)}")
        return 0
    if not args.file:
        parser.error("apply needs a FILE")
    with open(args.file, encoding="utf-8") as handle:
        texts = yaml.safe_load(handle) or {}
    unknown = apply(spec, texts)
    write_spec(spec, args.spec)
    for key in unknown:
        print(f"no such slot: {key}")
    print(f"applied {len(texts) - len(unknown)} of {len(texts)} entries")
    return 1 if unknown else 0


if __name__ == "__main__":
    raise SystemExit(main())

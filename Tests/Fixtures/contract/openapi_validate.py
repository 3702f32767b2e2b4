"""Validates recorded API responses against openapi.yaml, for the journey tests.

Usage: python3 openapi_validate.py path/to/openapi.yaml
Reads one JSON object per line on stdin:
  {"method": "GET", "route": "/api/v1/courses/{id}", "status": 200,
   "headers": {"content-type": "application/json", ...}, "body": <JSON value or null>}
and answers one line per request: {"ok": true} or {"ok": false, "errors": ["...", ...]}.

Checks: the route and method exist (a method the path lacks must answer a 405 problem); the status is documented (or a `default` response covers it); a documented
body is present with a documented content type and validates against its schema (OpenAPI 3.1 dialect, formats
checked); a response documented without content has no body; documented headers such as x-request-id are present.
Pinned in requirements/contract.txt.
"""

import json
import sys

import yaml
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE = "urn:cloudmentor:openapi"


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    registry = Registry().with_resource(BASE, Resource.from_contents(document, default_specification=DRAFT202012))

    def resolve(node):
        while isinstance(node, dict) and "$ref" in node:
            pointer = node["$ref"].lstrip("#/").split("/")
            node = document
            for part in pointer:
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def check(entry):
        errors = []
        path_item = document.get("paths", {}).get(entry["route"])
        if path_item is None:
            return [f"{entry['route']} is not in the contract"]
        operation = path_item.get(entry["method"].lower())
        if operation is None:
            # A method the path does not have: only a 405 problem is a correct answer.
            if entry["status"] != 405:
                return [f"{entry['method']} {entry['route']} is not in the contract and did not answer 405"]
            operation = {"responses": {"405": {"$ref": "#/components/responses/Error"}}}
        responses = operation.get("responses", {})
        documented = responses.get(str(entry["status"])) or responses.get("default")
        if documented is None:
            return [f"status {entry['status']} is not documented for {entry['method']} {entry['route']}"]
        response = resolve(documented)
        headers = {name.lower(): value for name, value in (entry.get("headers") or {}).items()}
        for name in (response.get("headers") or {}):
            header = resolve(response["headers"][name])
            if name.lower() == "x-request-id" and not ({"x-request-id", "apigw-requestid"} & set(headers)):
                # The functions send x-request-id; API Gateway's own answers (authorizer refusals) apigw-requestid.
                errors.append("the x-request-id header is missing")
            elif header.get("required") and name.lower() not in headers:
                errors.append(f"the {name} header is missing")
        content = response.get("content")
        body = entry.get("body")
        if not content:
            if body is not None:
                errors.append(f"status {entry['status']} is documented without a body, but one was sent")
            return errors
        media = (headers.get("content-type") or "").split(";")[0].strip()
        if media not in content:
            return errors + [f"content type '{media}' is not among {sorted(content)}"]
        if body is None:
            return errors + ["a body is documented but none was sent"]
        schema = content[media].get("schema", {})
        wrapped = {"$ref": BASE + "#" + schema["$ref"].lstrip("#")} if "$ref" in schema else schema
        validator = OAS31Validator(wrapped, registry=registry, format_checker=OAS31Validator.FORMAT_CHECKER)
        for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(part) for part in error.absolute_path) or "(body)"
            errors.append(f"{where}: {error.message}")
        return errors

    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            errors = check(json.loads(line))
        except Exception as error:  # noqa: BLE001 - report anything as a failed check, keep serving
            errors = [f"validator error: {error!r}"]
        sys.stdout.write(json.dumps({"ok": not errors, "errors": errors}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

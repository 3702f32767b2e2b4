#!/usr/bin/env python3
"""Check that the deployed routes and the HTTP contract agree.

The routes come from `sam list endpoints --output json` (what SAM will deploy) and, as a cross-check, from the
template's `HttpApi` events parsed directly (what LocalGateway serves). They must equal the operations of
openapi.yaml exactly, and the public routes (`Auth: {Authorizer: NONE}` in the template) must be exactly the
operations with `security: []` in the contract. Neither cfn-lint nor `sam validate` catches a mistyped method
or path, so this is the check that does.

Exit status: 0 when everything agrees, 1 on any difference, 2 when an input cannot be read.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}

Route = tuple[str, str]  # (METHOD, /path)


class _CfnLoader(yaml.SafeLoader):
    """A YAML loader that keeps CloudFormation short-form tags (`!Ref X`) as `{"!Ref": X}`."""


def _construct_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict:
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {"!" + suffix: value}


_CfnLoader.add_multi_constructor("!", _construct_tag)


def template_routes(template: Path) -> tuple[set[Route], set[Route]]:
    """All `HttpApi` events of the template's functions, and the public ones among them."""
    doc = yaml.load(template.read_text(), Loader=_CfnLoader)  # noqa: S506 - a SafeLoader subclass
    routes: set[Route] = set()
    public: set[Route] = set()
    for name, resource in (doc.get("Resources") or {}).items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        for event_name, event in (resource.get("Properties", {}).get("Events") or {}).items():
            if event.get("Type") != "HttpApi":
                continue
            props = event.get("Properties") or {}
            route = (str(props.get("Method", "")).upper(), str(props.get("Path", "")))
            if route in routes:
                raise SystemExit(f"check-routes: {name}.{event_name} declares {route[0]} {route[1]} twice")
            routes.add(route)
            if (props.get("Auth") or {}).get("Authorizer") == "NONE":
                public.add(route)
    return routes, public


_SAM_ENTRY = re.compile(r"^(?P<path>/.*?)(?P<methods>\[.*\])$")


def sam_routes(sam: str, template: Path, region: str) -> set[Route]:
    """The HttpApi routes as `sam list endpoints` reports them (offline: local template data only)."""
    env = dict(os.environ, SAM_CLI_TELEMETRY="0")
    cmd = [sam, "list", "endpoints", "--output", "json", "--region", region, "--template-file", str(template)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(2)
    routes: set[Route] = set()
    for entry in json.loads(proc.stdout):
        methods = entry.get("Methods")
        if not isinstance(methods, list):
            continue  # functions without their own URL print "-"
        for item in methods:
            match = _SAM_ENTRY.match(item)  # "/api/v1/users/me['put', 'get']"
            if not match:
                raise SystemExit(f"check-routes: cannot read sam's endpoint entry {item!r}")
            for method in ast.literal_eval(match["methods"]):
                routes.add((method.upper(), match["path"]))
    return routes


def openapi_routes(spec: Path) -> tuple[set[Route], set[Route]]:
    """All operations of the contract, and those that opt out of the global security requirement."""
    doc = yaml.safe_load(spec.read_text())
    routes: set[Route] = set()
    public: set[Route] = set()
    for path, item in (doc.get("paths") or {}).items():
        for method, operation in item.items():
            if method not in HTTP_METHODS:
                continue
            route = (method.upper(), path)
            routes.add(route)
            if operation.get("security") == []:
                public.add(route)
    return routes, public


def report(label: str, only_left: set[Route], left: str, only_right: set[Route], right: str) -> bool:
    for method, path in sorted(only_left, key=lambda r: (r[1], r[0])):
        print(f"  {label}: {method} {path} is in {left} but not in {right}")
    for method, path in sorted(only_right, key=lambda r: (r[1], r[0])):
        print(f"  {label}: {method} {path} is in {right} but not in {left}")
    return not only_left and not only_right


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", type=Path, default=root / "template.yaml")
    parser.add_argument("--openapi", type=Path, default=root / "openapi.yaml")
    parser.add_argument("--sam", default=shutil.which("sam"), help="the sam executable (default: from PATH)")
    parser.add_argument("--region", default="us-east-1")
    parser.add_argument(
        "--template-only", action="store_true", help="skip `sam list endpoints` and use the parsed template alone"
    )
    args = parser.parse_args()

    declared, declared_public = template_routes(args.template)
    contract, contract_public = openapi_routes(args.openapi)
    ok = True

    if args.template_only:
        deployed, source = declared, "template.yaml"
    else:
        if not args.sam:
            print("check-routes: sam not found (pass --sam PATH, or --template-only)", file=sys.stderr)
            return 2
        deployed, source = sam_routes(args.sam, args.template, args.region), "sam list endpoints"
        ok &= report("parser", deployed - declared, source, declared - deployed, "the parsed template")

    ok &= report("routes", deployed - contract, source, contract - deployed, "openapi.yaml")
    ok &= report(
        "public", declared_public - contract_public, "template.yaml (Authorizer NONE)",
        contract_public - declared_public, "openapi.yaml (security: [])",
    )
    status = "agree" if ok else "DIFFER"
    print(
        f"check-routes: {len(deployed)} routes from {source}, {len(contract)} operations in openapi.yaml, "
        f"{len(declared_public)} public: {status}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""boto3 on the other side of the Swift DynamoDB client, for the interoperability test.

Reads one JSON object on stdin: {"endpoint", "region", "table", "read_key": {DynamoDB JSON key}, "write_key": {...}}.
  1. Reads the item at read_key (written by Swift) with the boto3 Table resource, which deserialises it into Python
     types (Decimal, set, Binary, ...), then re-serialises it with boto3's TypeSerializer and prints it as DynamoDB
     JSON ("read_back"), so the test can check that boto3 sees exactly what Swift wrote.
  2. Writes an item of Python values at write_key with the Table resource, for Swift to decode.
Prints {"read_back": {...}}.
"""

import base64
import json
import sys
from decimal import Decimal

import boto3
from boto3.dynamodb.types import Binary, TypeDeserializer, TypeSerializer


def to_json(value):
    """A DynamoDB JSON attribute with B/BS as base64 text, as the service's wire format has them."""
    (tag, inner), = value.items()
    if tag == "B":
        return {"B": base64.b64encode(bytes(inner)).decode()}
    if tag == "BS":
        return {"BS": sorted(base64.b64encode(bytes(b)).decode() for b in inner)}
    if tag in ("SS", "NS"):
        return {tag: sorted(inner)}
    if tag == "L":
        return {"L": [to_json(v) for v in inner]}
    if tag == "M":
        return {"M": {k: to_json(v) for k, v in inner.items()}}
    return {tag: inner}


def from_json(value):
    (tag, inner), = value.items()
    if tag == "B":
        return {"B": base64.b64decode(inner)}
    return value


def main():
    spec = json.load(sys.stdin)
    resource = boto3.resource(
        "dynamodb", endpoint_url=spec["endpoint"], region_name=spec["region"],
        aws_access_key_id="testing", aws_secret_access_key="testing")
    table = resource.Table(spec["table"])
    deserializer = TypeDeserializer()
    read_key = {k: deserializer.deserialize(from_json(v)) for k, v in spec["read_key"].items()}
    item = table.get_item(Key=read_key, ConsistentRead=True)["Item"]
    serializer = TypeSerializer()
    read_back = {k: to_json(serializer.serialize(v)) for k, v in item.items()}

    write_key = {k: deserializer.deserialize(from_json(v)) for k, v in spec["write_key"].items()}
    table.put_item(Item={
        **write_key,
        "title": "Design resilient architectures",
        "score": Decimal("87.125"),
        "attempts": 3,
        "big": Decimal("123456789012345678901234567890"),
        "passed": True,
        "nothing": None,
        "blob": Binary(b"\x00\x01\xfe"),
        "tags": {"vpc", "nat"},
        "scores": {Decimal("1"), Decimal("2.5")},
        "history": [Decimal("1"), "two", {"three": Decimal("3")}],
        "meta": {"level": "associate", "weights": {"d1": Decimal("0.3")}},
        "completedAt": "2026-01-02T03:04:05.678Z",
        "expiresAt": Decimal("1800000000"),
    })
    json.dump({"read_back": read_back}, sys.stdout)


if __name__ == "__main__":
    main()

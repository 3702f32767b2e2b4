"""What botocore does with the same input and clock, for the Swift AWS client's tests.

Reads one JSON object on stdin and prints one JSON object:
  {"mode": "sign", "method", "url", "headers": {..}, "body": text, "region", "service", "timestamp": "20260102T030405Z",
   "access_key", "secret_key", "token"?}
    -> {"authorization": ..., "x-amz-date": ..., "canonical_request": ...}: botocore's SigV4Auth over exactly that request.
  {"mode": "converse", "endpoint", "region", "model_id", "converse": {Converse kwargs}, "timestamp", credentials...}
    -> {"url": ..., "body": ..., "headers": {...}}: the request boto3's bedrock-runtime client would send.
"""

import datetime
import json
import sys

import boto3
import botocore.auth
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def freeze(timestamp):
    moment = datetime.datetime.strptime(timestamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    botocore.auth.get_current_datetime = lambda *args, **kwargs: moment


def sign(spec):
    credentials = Credentials(spec["access_key"], spec["secret_key"], spec.get("token"))
    request = AWSRequest(method=spec["method"], url=spec["url"], data=spec["body"].encode(), headers=spec["headers"])
    signer = SigV4Auth(credentials, spec["service"], spec["region"])
    signer.add_auth(request)
    canonical = signer.canonical_request(request)
    return {
        "authorization": request.headers["Authorization"],
        "x-amz-date": request.headers["X-Amz-Date"],
        "canonical_request": canonical,
    }


class Captured(Exception):
    pass


def converse(spec):
    client = boto3.client(
        "bedrock-runtime",
        region_name=spec["region"],
        endpoint_url=spec["endpoint"],
        aws_access_key_id=spec["access_key"],
        aws_secret_access_key=spec["secret_key"],
        aws_session_token=spec.get("token"),
    )
    captured = {}

    def capture(request, **kwargs):
        captured["url"] = request.url
        captured["body"] = request.body.decode() if isinstance(request.body, bytes) else request.body
        captured["headers"] = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in request.headers.items()}
        raise Captured()

    client.meta.events.register("before-send.bedrock-runtime.Converse", capture)
    try:
        client.converse(modelId=spec["model_id"], **spec["converse"])
    except Captured:
        pass
    return captured


def main():
    spec = json.load(sys.stdin)
    freeze(spec["timestamp"])
    result = sign(spec) if spec["mode"] == "sign" else converse(spec)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()

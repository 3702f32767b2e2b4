#!/usr/bin/env python3
"""botocore's SigV4 signer measured the way Sources/AWSBench measures ours: header signatures per CPU-second of the
same ~1 KB DynamoDB PutItem (session token included, a fresh AWSRequest per signature). Prints one JSON line.

Usage: scripts/bench-aws-botocore.py [--seconds N]   (default 2)
"""

import argparse
import json
import time

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def put_item_body():
    """The same item as Sources/AWSBench/BenchItem.swift, as PutItem JSON."""
    tags = ",".join('{"S":"%s"}' % t for t in ["vpc", "subnets", "nat-gateway", "route-tables", "security-groups"])
    notes = "Reviewed high availability patterns across Availability Zones. " * 11
    return (
        '{"TableName":"UserProgress","Item":{"user_id":{"S":"user-7f3c2a90-0b1d-4e55-9a3e-2f6d8c1b4a77"},'
        '"lesson_id":{"S":"lesson-saa-c03-d2-l4"},"course_id":{"S":"course-saa-c03-domain-2"},'
        '"status":{"S":"in_progress"},"score":{"N":"87"},"attempts":{"N":"3"},"time_spent":{"N":"1234.5"},'
        '"tags":{"L":[' + tags + ']},"notes":{"S":"' + notes + '"},"completed":{"BOOL":false}}}'
    ).encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    body = put_item_body()
    credentials = Credentials("ASIAEXAMPLEEXAMPLE12", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "T" * 356)
    signer = SigV4Auth(credentials, "dynamodb", "us-east-1")
    headers = {"Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.PutItem"}

    def one():
        request = AWSRequest("POST", "https://dynamodb.us-east-1.amazonaws.com/", data=body, headers=headers)
        signer.add_auth(request)

    for _ in range(500):
        one()
    start_cpu, start_wall, count = time.process_time(), time.perf_counter(), 0
    while time.process_time() - start_cpu < args.seconds:
        for _ in range(500):
            one()
        count += 500
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
    print(json.dumps({
        "name": "botocore_sigv4_put_item", "body_bytes": len(body),
        "per_cpu_second": int(count / cpu), "per_second": int(count / wall),
    }))


if __name__ == "__main__":
    main()

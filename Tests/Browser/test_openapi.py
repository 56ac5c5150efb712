"""The OpenAPI document at /openapi.json: valid OpenAPI 3.1, and the running
system answers as it says. schemathesis generates requests for every
operation (an admin's token, so every route is reachable) and checks each
answer: no 5xx, a documented status, content type, headers and body.

Bounded: 4 examples per operation (about 110 operations), no shrinking,
no deadline; the whole run takes a few minutes at most."""

import json
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

EXAMPLES_PER_OPERATION = 4
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def fetch_document(base_url: str) -> dict:
    with urllib.request.urlopen(f"{base_url}/openapi.json", timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/json"
        return json.load(response)


def test_the_document_is_valid_openapi_3_1_and_open(base_url: str) -> None:
    document = fetch_document(base_url)
    validate(document)
    assert document["openapi"] == "3.1.1"
    operations = [
        (method, path)
        for path, item in document["paths"].items()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    ]
    assert len(operations) > 90
    assert document["paths"]["/api/v1/events/{id}"]["get"]["x-komunika-role"] == "viewer"
    assert document["paths"]["/api/v1/surveys/{id}/responses"]["post"]["security"] == []


@pytest.fixture
def api_schema(base_url: str, admin_token: str):
    schema = schemathesis.openapi.from_dict(fetch_document(base_url))
    schema.config.update(base_url=base_url, headers={"Authorization": f"Bearer {admin_token}"})
    return schema


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_every_operation_answers_as_documented(case, admin_token: str) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {admin_token}"}, checks=CHECKS, timeout=30)

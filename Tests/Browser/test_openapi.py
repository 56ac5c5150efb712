"""The OpenAPI document at /openapi.json: valid OpenAPI 3.1, and the running
system answers as it says. schemathesis generates requests for every
operation (an admin's token, so every route is reachable) and checks each
answer: no 5xx, a documented status, content type, headers and body.

Bounded: for each of the ~110 operations, 4 examples of valid input and 4
of invalid input, no shrinking, no deadline: about 900 requests, a few
minutes at most."""

import json
import urllib.request

import pytest
import schemathesis
from browser_support import assert_csp_default_self, assert_no_external_requests, screenshot
from selenium.webdriver.common.by import By
from schemathesis import GenerationMode
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
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


def test_every_operation_answers_as_documented(base_url: str, admin_token: str) -> None:
    schema = schemathesis.openapi.from_dict(fetch_document(base_url))
    schema.config.update(base_url=base_url)
    headers = {"Authorization": f"Bearer {admin_token}"}
    failures: list[str] = []
    without_invalid_input: list[str] = []
    statuses: dict[int, int] = {}
    tried = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            )
            def check(case) -> None:
                response = case.call_and_validate(headers=headers, checks=CHECKS, timeout=30)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

            tried += 1
            try:
                check()
            except Unsatisfiable:
                # No input of this operation can be made invalid (no parameters, no body, or only a free text).
                assert mode == GenerationMode.NEGATIVE, f"{operation.method.upper()} {operation.path}: no valid input"
                without_invalid_input.append(f"{operation.method.upper()} {operation.path}")
            except Exception as error:  # every failure of every operation is listed, not only the first
                failures.append(f"{operation.method.upper()} {operation.path} ({mode.value}): {str(error)[:1500]}")
    print("answers by status:", dict(sorted(statuses.items())))
    assert tried > 180
    assert sum(statuses.values()) > 500
    assert statuses.get(200, 0) > 50 and statuses.get(422, 0) > 50, statuses
    assert not any(status >= 500 for status in statuses), statuses
    assert len(without_invalid_input) < 10, without_invalid_input
    assert failures == [], "\n\n".join(failures)


def test_the_docs_page_shows_the_document_without_a_token_or_another_site(base_url: str, browser) -> None:
    assert_csp_default_self(f"{base_url}/api/docs")
    browser.get(f"{base_url}/api/docs")
    assert browser.find_element(By.TAG_NAME, "h1").text == "API dokumentacija"
    parts = [element.text for element in browser.find_elements(By.CSS_SELECTOR, ".api-part > h2")]
    assert set(parts) >= {"API", "Events", "Surveys", "Training", "MediaRelations", "Campaigns", "Brand"}, parts
    operations = browser.find_elements(By.CSS_SELECTOR, ".api-operation")
    assert len(operations) == len(
        [m for item in fetch_document(base_url)["paths"].values() for m in item if m in {"get", "post", "put", "patch", "delete"}]
    )
    screenshot(browser, "api-docs")
    assert_no_external_requests(browser, base_url)
